import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { t } from '../../i18n/t';

/**
 * The legal VAT notes a document carries under its totals (reverse charge, exemption, …):
 * live for a draft, as frozen for a posted document. Nothing when there are none.
 */
export function VatNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <Box component="section" aria-label={t('documents.vatNotes')} data-testid="vat-notes">
      {notes.map((note) => (
        <Typography key={note} variant="body2" color="text.secondary">
          {note}
        </Typography>
      ))}
    </Box>
  );
}
