import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  DEFAULT_MESSAGE_TEMPLATES,
  type MessageTemplate,
} from '../../../shared/mail/messageTemplates';
import { MAIL_DOCUMENT_KINDS } from '../../../shared/mail/templatePlaceholders';
import { notify } from '../../app/notifications';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { getDb } from '../../data/database';
import {
  deleteMessageTemplate,
  isStandardTemplateId,
  listMessageTemplates,
} from '../../data/mailingRepository';
import { t } from '../../i18n/t';
import { MessageTemplateDialog } from './MessageTemplateDialog';
import { kindName, newMessageTemplate } from './messageTemplateDraft';

/** True when a standard template differs from the text it came with. */
function isEdited(template: MessageTemplate): boolean {
  const standard = DEFAULT_MESSAGE_TEMPLATES[template.documentKind];
  return (
    template.id === standard.id &&
    (template.subject !== standard.subject ||
      template.body !== standard.body ||
      template.name !== standard.name)
  );
}

/**
 * The subject and text of the mails that carry documents, per kind of document: the
 * standard template of each kind (editable, and restorable to its first text) and any of
 * the trader's own, which customers and classes can choose in their mailing settings.
 */
export function MessageTemplatesSection({
  companyName,
  currency,
}: {
  companyName: string;
  currency: string;
}) {
  const templates = useLiveQuery(() => listMessageTemplates(getDb()), []);
  const [editing, setEditing] = useState<{ template: MessageTemplate; isNew: boolean } | null>(
    null,
  );
  const [removing, setRemoving] = useState<MessageTemplate | null>(null);

  const remove = async () => {
    if (removing === null) return;
    await deleteMessageTemplate(getDb(), removing.id);
    notify(
      isStandardTemplateId(removing.id)
        ? t('settings.templates.restored', { name: removing.name })
        : t('settings.templates.deleted', { name: removing.name }),
    );
    setRemoving(null);
  };

  return (
    <FormSection
      title={t('settings.templates.title')}
      description={t('settings.templates.help')}
      actions={
        <Button
          variant="outlined"
          onClick={() =>
            setEditing({
              template: newMessageTemplate('invoice', DEFAULT_MESSAGE_TEMPLATES.invoice),
              isNew: true,
            })
          }
        >
          {t('settings.templates.add')}
        </Button>
      }
    >
      {templates === undefined && <Typography role="status">{t('common.loading')}</Typography>}
      {MAIL_DOCUMENT_KINDS.map((kind) => (
        <div key={kind}>
          <Typography variant="subtitle2" component="h4">
            {kindName(kind)}
          </Typography>
          <List dense aria-label={t('settings.templates.listOf', { kind: kindName(kind) })}>
            {(templates ?? [])
              .filter((template) => template.documentKind === kind)
              .map((template) => {
                const standard = isStandardTemplateId(template.id);
                return (
                  <ListItem
                    key={template.id}
                    divider
                    aria-label={template.name}
                    secondaryAction={
                      <Stack direction="row" spacing={1}>
                        <Button size="small" onClick={() => setEditing({ template, isNew: false })}>
                          {t('action.edit')}
                        </Button>
                        {(!standard || isEdited(template)) && (
                          <Button size="small" color="error" onClick={() => setRemoving(template)}>
                            {standard ? t('settings.templates.restore') : t('action.delete')}
                          </Button>
                        )}
                      </Stack>
                    }
                    sx={{ pr: 24 }}
                  >
                    <ListItemText primary={template.name} secondary={template.subject} />
                  </ListItem>
                );
              })}
          </List>
        </div>
      ))}
      <MessageTemplateDialog
        template={editing?.template ?? null}
        isNew={editing?.isNew ?? false}
        companyName={companyName}
        currency={currency}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        open={removing !== null}
        title={
          removing !== null && isStandardTemplateId(removing.id)
            ? t('settings.templates.restoreTitle')
            : t('settings.templates.deleteTitle')
        }
        message={
          removing !== null && isStandardTemplateId(removing.id)
            ? t('settings.templates.restoreMessage', { name: removing.name })
            : t('settings.templates.deleteMessage', { name: removing?.name ?? '' })
        }
        confirmLabel={
          removing !== null && isStandardTemplateId(removing.id)
            ? t('settings.templates.restore')
            : t('action.delete')
        }
        destructive
        onConfirm={remove}
        onCancel={() => setRemoving(null)}
      />
    </FormSection>
  );
}
