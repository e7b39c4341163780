import Typography from '@mui/material/Typography';

/** Placeholder until this screen is built. */
export function InvoiceScreen(_props: { id: string }) {
  return (
    <Typography variant="h4" component="h2">
      Invoice
    </Typography>
  );
}
