import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

export type FormSectionProps = {
  title: string;
  /** A sentence under the title saying what the section is for. */
  description?: ReactNode;
  /** Buttons on the right of the title, e.g. "Add bank account". */
  actions?: ReactNode;
  children: ReactNode;
};

/** A titled part of a form; a region landmark named by its title. */
export function FormSection({ title, description, actions, children }: FormSectionProps) {
  const titleId = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      variant="outlined"
      sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}
    >
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'flex-start', justifyContent: 'space-between', mb: 2 }}
      >
        <div>
          <Typography id={titleId} variant="h6" component="h3">
            {title}
          </Typography>
          {description && (
            <Typography variant="body2" color="text.secondary">
              {description}
            </Typography>
          )}
        </div>
        {actions && (
          <Stack direction="row" spacing={1}>
            {actions}
          </Stack>
        )}
      </Stack>
      <Stack spacing={2}>{children}</Stack>
    </Paper>
  );
}
