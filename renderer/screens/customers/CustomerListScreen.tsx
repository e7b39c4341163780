import Typography from '@mui/material/Typography';

/** Placeholder until this screen is built. */
export function CustomerListScreen(_props: { id: string }) {
  return (
    <Typography variant="h4" component="h2">
      Customers
    </Typography>
  );
}
