import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { t } from '../../i18n/t';
import { drawPage, openPdf } from './pdfPreviewPages';

/** The width pages are drawn at, in CSS pixels: an A4 page reads well at this size. */
const PAGE_WIDTH = 760;

export type PdfPreviewDialogProps = {
  open: boolean;
  title: string;
  /** The document's PDF, as exported, printed and mailed. */
  loadPdf: () => Promise<Uint8Array>;
  onClose: () => void;
  /** Buttons next to Close (export, print, e-mail of the same PDF). */
  actions?: ReactNode;
};

/** One page: its canvas, and its text for screen readers (the canvas is only a picture). */
function PdfPage({ pdf, number, count }: { pdf: PDFDocumentProxy; number: number; count: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const target = canvas.current;
    if (target === null) return;
    let current = true;
    drawPage(pdf, number, target, PAGE_WIDTH).then(
      (pageText) => current && setText(pageText),
      (error: unknown) =>
        current && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [pdf, number]);
  const label = t('documents.out.preview.page', { page: number, count });
  return (
    <Box component="figure" aria-label={label} sx={{ m: 0, mb: 2 }} data-testid="pdf-page">
      <Box
        component="canvas"
        ref={canvas}
        aria-hidden
        sx={{ display: 'block', mx: 'auto', maxWidth: '100%', boxShadow: 2, bgcolor: 'white' }}
      />
      {problem !== null && <Alert severity="error">{problem}</Alert>}
      <Typography
        component="figcaption"
        variant="caption"
        sx={{ display: 'block', textAlign: 'center' }}
      >
        {label}
      </Typography>
      {text !== null && (
        <Box
          data-testid="pdf-page-text"
          sx={{
            position: 'absolute',
            width: 1,
            height: 1,
            overflow: 'hidden',
            clipPath: 'inset(50%)',
            whiteSpace: 'pre-wrap',
          }}
        >
          {text}
        </Box>
      )}
    </Box>
  );
}

/**
 * The document's PDF drawn page by page by pdf.js: the very file the other actions use, so
 * what is seen is what the customer gets.
 */
export function PdfPreviewDialog(props: PdfPreviewDialogProps) {
  // Mounted while open: pdf.js and the canvases are released when the preview closes.
  return props.open ? <PdfPreviewContent {...props} /> : null;
}

function PdfPreviewContent({ title, loadPdf, onClose, actions }: PdfPreviewDialogProps) {
  const titleId = useId();
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    let opened: PDFDocumentProxy | null = null;
    loadPdf()
      .then(openPdf)
      .then(
        (document) => {
          opened = document;
          if (current) setPdf(document);
          else void document.destroy();
        },
        (error: unknown) => {
          if (current) setProblem(error instanceof Error ? error.message : String(error));
        },
      );
    return () => {
      current = false;
      void opened?.destroy();
    };
  }, [loadPdf]);
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="lg" fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent dividers sx={{ bgcolor: 'grey.200', position: 'relative' }}>
        {problem !== null && (
          <Alert severity="error">{t('documents.out.preview.failed', { reason: problem })}</Alert>
        )}
        {pdf === null && problem === null && (
          <Box sx={{ display: 'flex', justifyContent: 'center', p: 4 }} role="status">
            <CircularProgress aria-label={t('documents.out.preview.loading')} />
          </Box>
        )}
        {pdf !== null &&
          Array.from({ length: pdf.numPages }, (_, index) => (
            <PdfPage key={index} pdf={pdf} number={index + 1} count={pdf.numPages} />
          ))}
      </DialogContent>
      <DialogActions>
        {actions}
        <Button onClick={onClose}>{t('action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
