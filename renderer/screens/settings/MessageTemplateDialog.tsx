import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { MessageTemplate } from '../../../shared/mail/messageTemplates';
import {
  MAIL_DOCUMENT_KINDS,
  PLACEHOLDER_DESCRIPTIONS,
  PLACEHOLDERS,
  type MailDocumentKind,
} from '../../../shared/mail/templatePlaceholders';
import type { CurrencyCode } from '../../../shared/money/currencies';
import { minor } from '../../../shared/money/minor';
import type { FieldIssue } from '../../../shared/schemas/validationIssues';
import { notify } from '../../app/notifications';
import { useFormatters } from '../../app/useFormatters';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { errorsByPath, fieldId } from '../../components/forms/formIssues';
import { getDb } from '../../data/database';
import { isStandardTemplateId, saveMessageTemplate } from '../../data/mailingRepository';
import { t } from '../../i18n/t';
import {
  kindName,
  previewMessage,
  sampleValues,
  templateFieldErrors,
} from './messageTemplateDraft';

const FORM = 'message-template';

export type MessageTemplateDialogProps = {
  /** The template to edit (a new one has a fresh id); null: closed. */
  template: MessageTemplate | null;
  isNew: boolean;
  companyName: string;
  currency: string;
  onClose: () => void;
};

/**
 * Edits a message template: its name, subject and text with the placeholders listed, their
 * mistakes marked as they are typed, and the mail as a customer would read it.
 */
export function MessageTemplateDialog(props: MessageTemplateDialogProps) {
  // Mounted while open, keyed by the template: every opening starts from what is saved.
  const { template } = props;
  return template === null ? null : (
    <MessageTemplateEditor key={template.id} {...props} template={template} />
  );
}

function MessageTemplateEditor({
  template,
  isNew,
  companyName,
  currency,
  onClose,
}: MessageTemplateDialogProps & { template: MessageTemplate }) {
  const titleId = useId();
  const { money, date } = useFormatters();
  const [draft, setDraft] = useState<MessageTemplate>(template);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);

  const change = (part: Partial<MessageTemplate>) =>
    setDraft((previous) => ({ ...previous, ...part }));
  const live = templateFieldErrors(draft);
  const errors: Record<string, string | undefined> = { ...errorsByPath(issues), ...live };
  const standard = isStandardTemplateId(draft.id);
  const preview = previewMessage(
    draft,
    sampleValues(draft.documentKind, companyName, {
      date,
      amount: money(minor(119000), currency as CurrencyCode),
    }),
  );

  const save = async () => {
    setSaving(true);
    try {
      const result = await saveMessageTemplate(getDb(), { ...draft, name: draft.name.trim() });
      if (!result.ok) {
        setIssues(result.error.issues ?? [{ path: '', message: result.error.message }]);
        return;
      }
      notify(t('settings.templates.saved', { name: result.value.name }));
      onClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      onClose={saving ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id={titleId}>
        {isNew
          ? t('settings.templates.addTitle')
          : t('settings.templates.editTitle', { name: draft.name })}
      </DialogTitle>
      <DialogContent>
        <Stack
          component="form"
          aria-label={t('settings.templates.form')}
          noValidate
          spacing={2}
          sx={{ pt: 1 }}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextInputField
              id={fieldId(FORM, 'name')}
              label={t('settings.templates.name')}
              value={draft.name}
              onChange={(name) => change({ name })}
              error={errors.name}
              required
            />
            <SelectField<MailDocumentKind>
              id={fieldId(FORM, 'documentKind')}
              label={t('settings.templates.kind')}
              value={draft.documentKind}
              options={MAIL_DOCUMENT_KINDS.map((kind) => ({ value: kind, label: kindName(kind) }))}
              onChange={(kind) => kind !== '' && change({ documentKind: kind })}
              error={errors.documentKind}
              disabled={standard}
              helperText={standard ? t('settings.templates.kindFixed') : undefined}
            />
          </Stack>
          <TextInputField
            id={fieldId(FORM, 'subject')}
            label={t('settings.templates.subject')}
            value={draft.subject}
            onChange={(subject) => change({ subject })}
            error={errors.subject}
            required
          />
          <TextInputField
            id={fieldId(FORM, 'body')}
            label={t('settings.templates.body')}
            value={draft.body}
            onChange={(body) => change({ body })}
            error={errors.body}
            multiline
            minRows={8}
            required
          />
          <Box component="section" aria-label={t('settings.templates.placeholders')}>
            <Typography variant="subtitle2" component="h4">
              {t('settings.templates.placeholders')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('settings.templates.placeholdersHelp')}
            </Typography>
            <Box
              component="dl"
              sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, m: 0, mt: 1 }}
            >
              {PLACEHOLDERS.map((name) => (
                <Box key={name} sx={{ display: 'contents' }}>
                  <Typography component="dt" variant="body2" sx={{ fontFamily: 'monospace' }}>
                    {`{${name}}`}
                  </Typography>
                  <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                    {PLACEHOLDER_DESCRIPTIONS[name]}
                  </Typography>
                </Box>
              ))}
            </Box>
          </Box>
          <Box component="section" aria-label={t('settings.templates.preview')}>
            <Typography variant="subtitle2" component="h4">
              {t('settings.templates.preview')}
            </Typography>
            {typeof preview === 'string' ? (
              <Alert severity="warning">{preview}</Alert>
            ) : (
              <Paper variant="outlined" sx={{ p: 2 }} data-testid="template-preview">
                <Typography sx={{ fontWeight: 600 }}>{preview.subject}</Typography>
                <Typography sx={{ whiteSpace: 'pre-line', mt: 1 }}>{preview.text}</Typography>
              </Paper>
            )}
          </Box>
          {errors[''] !== undefined && <Alert severity="error">{errors['']}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          {t('action.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={saving}>
          {t('settings.templates.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
