import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { t } from '../i18n/t';

export type ListPagerProps = {
  /** Index of the first row shown. */
  offset: number;
  /** Rows on this page. */
  shown: number;
  /** Whether a next page exists (the repository read one row more). */
  hasMore: boolean;
  pageSize: number;
  onOffsetChange: (offset: number) => void;
};

/**
 * Previous/next paging for lists the repositories read a page at a time, so a list never
 * loads the whole table. Hidden while everything fits on one page.
 */
export function ListPager({ offset, shown, hasMore, pageSize, onOffsetChange }: ListPagerProps) {
  if (offset === 0 && !hasMore) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
      <Typography variant="body2" color="text.secondary" aria-live="polite">
        {t('common.pageOf', { from: shown === 0 ? 0 : offset + 1, to: offset + shown })}
      </Typography>
      <Button
        disabled={offset === 0}
        onClick={() => onOffsetChange(Math.max(0, offset - pageSize))}
      >
        {t('common.previousPage')}
      </Button>
      <Button disabled={!hasMore} onClick={() => onOffsetChange(offset + pageSize)}>
        {t('common.nextPage')}
      </Button>
    </Stack>
  );
}
