import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

export type ChartTableRow = { key: string; name: string; amount: string };

/**
 * A chart's figures as a table behind a "show as table" summary: what a screen reader reads
 * and where the exact amounts stand (the bars' labels are rounded), with a bold total row
 * where the chart has one.
 */
export function ChartTable({
  summary,
  label,
  headers,
  rows,
  total,
}: {
  summary: string;
  label: string;
  headers: [name: string, amount: string];
  rows: readonly ChartTableRow[];
  total?: { name: string; amount: string } | undefined;
}) {
  return (
    <Box component="details" sx={{ mt: 1 }}>
      <Typography component="summary" variant="body2" sx={{ cursor: 'pointer' }}>
        {summary}
      </Typography>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{headers[0]}</TableCell>
            <TableCell align="right">{headers[1]}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell>{row.name}</TableCell>
              <TableCell align="right">{row.amount}</TableCell>
            </TableRow>
          ))}
          {total && (
            <TableRow>
              <TableCell component="th" scope="row" sx={{ fontWeight: 'bold' }}>
                {total.name}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 'bold' }}>
                {total.amount}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </Box>
  );
}
