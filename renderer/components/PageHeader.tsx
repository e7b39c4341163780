import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export type PageHeaderProps = {
  /** The screen's heading (an h2: the app bar holds the h1). */
  title: string;
  /** A line under the title, e.g. the record's state. */
  subtitle?: ReactNode;
  /** Buttons on the right: the screen's main actions. */
  actions?: ReactNode;
  /** A "back to the list" button before the title. */
  back?: { label: string; onClick: () => void } | undefined;
};

/** The top of a screen: optional back button, title and subtitle, and the main actions. */
export function PageHeader({ title, subtitle, actions, back }: PageHeaderProps) {
  return (
    <Box component="header" sx={{ mb: 3 }}>
      {back && (
        <Button size="small" onClick={back.onClick} sx={{ mb: 1, ml: -1 }}>
          ← {back.label}
        </Button>
      )}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h4" component="h2" sx={{ wordBreak: 'break-word' }}>
            {title}
          </Typography>
          {subtitle && (
            <Typography variant="body2" color="text.secondary" component="div">
              {subtitle}
            </Typography>
          )}
        </Box>
        {actions && (
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, flexShrink: 0 }}>
            {actions}
          </Stack>
        )}
      </Stack>
    </Box>
  );
}
