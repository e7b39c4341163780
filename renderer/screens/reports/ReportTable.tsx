import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

export type ReportTableProps = {
  /** Heading and accessible name of the table. */
  title: string;
  /** Column headings; every column but the first is a right-aligned figure. */
  columns: string[];
  rows: { key: string; cells: string[] }[];
  /** The totals row, its first cell a label. */
  totals: string[];
};

/** One report table: a heading, a row per item, a bold totals row. */
export function ReportTable({ title, columns, rows, totals }: ReportTableProps) {
  const align = (index: number) => (index === 0 ? 'left' : 'right');
  return (
    <Paper variant="outlined" sx={{ p: 2, overflowX: 'auto' }}>
      <Typography variant="h6" component="h4">
        {title}
      </Typography>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            {columns.map((column, index) => (
              <TableCell key={column} align={align(index)}>
                {column}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              {row.cells.map((cell, index) => (
                <TableCell key={index} align={align(index)}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow>
            {totals.map((cell, index) => (
              <TableCell
                key={index}
                align={align(index)}
                component={index === 0 ? 'th' : 'td'}
                scope={index === 0 ? 'row' : undefined}
                sx={{ fontWeight: 'bold' }}
              >
                {cell}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </Paper>
  );
}
