import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

/** One key figure of the dashboard: its name, the figure, and a line of detail. */
export function FigureCard({
  label,
  value,
  detail,
  tone = 'normal',
  testId,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  tone?: 'normal' | 'warning';
  testId?: string;
}) {
  const labelId = useId();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={labelId}
      sx={{ p: 2, borderColor: tone === 'warning' ? 'warning.main' : undefined }}
      data-testid={testId}
    >
      <Typography id={labelId} variant="body2" color="text.secondary" component="h3">
        {label}
      </Typography>
      <Typography
        variant="h5"
        component="p"
        sx={{ fontWeight: 600, mt: 0.5, color: tone === 'warning' ? 'warning.dark' : undefined }}
        data-testid={testId ? `${testId}-value` : undefined}
      >
        {value}
      </Typography>
      {detail && (
        <Typography
          variant="body2"
          color="text.secondary"
          data-testid={testId ? `${testId}-detail` : undefined}
        >
          {detail}
        </Typography>
      )}
    </Paper>
  );
}
