import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import type { FieldIssue } from '../../../shared/schemas/validationIssues';
import { notify } from '../../app/notifications';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { FormSection } from '../../components/FormSection';
import { errorsByPath, fieldId, summaryErrors } from '../../components/forms/formIssues';
import { useParseErrors } from '../../components/forms/useParseErrors';
import { PageHeader } from '../../components/PageHeader';
import { getDb } from '../../data/database';
import { archiveProduct, saveProduct } from '../../data/productsRepository';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { productDraftOf, productInput, withVatCategory, type ProductDraft } from './productDraft';
import { ProductPriceFields } from './ProductPriceFields';

const FORM = 'product';

/** The product form; the repository validates on save and answers per field. */
export function ProductForm({
  initial,
  settings,
}: {
  initial: ProductDraft;
  settings: BusinessSettings;
}) {
  const [draft, setDraft] = useState(initial);
  // The heading names the record as stored, not as being typed.
  const [savedName, setSavedName] = useState(initial.name);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const { parseErrors, hasParseErrorsNow, reporterFor } = useParseErrors();
  const errors = errorsByPath(issues);
  const change = (part: Partial<ProductDraft>) =>
    setDraft((previous) => ({ ...previous, ...part }));
  const isNew = draft.id === undefined;

  const persist = async (archived: boolean) => {
    if (hasParseErrorsNow()) {
      setIssues([]);
      return false;
    }
    setSaving(true);
    try {
      const result = await saveProduct(getDb(), { ...productInput(draft), archived });
      if (!result.ok) {
        setIssues(result.error.issues ?? [{ path: '', message: result.error.message }]);
        return false;
      }
      setIssues([]);
      if (isNew) navigate({ screen: 'product', id: result.value.id });
      else {
        setDraft(productDraftOf(result.value));
        setSavedName(result.value.name);
      }
      return true;
    } finally {
      setSaving(false);
    }
  };

  const archive = async () => {
    setConfirmArchive(false);
    if (draft.id === undefined) return;
    const result = await archiveProduct(getDb(), draft.id);
    if (!result.ok) {
      notify(result.error.message, 'error');
      return;
    }
    notify(t('product.archived', { name: result.value.name }));
    navigate({ screen: 'products' });
  };

  return (
    <Box
      component="form"
      noValidate
      aria-label={t('product.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        void persist(draft.archived).then((saved) => saved && notify(t('common.saved')));
      }}
    >
      <PageHeader
        title={isNew ? t('product.new') : savedName || t('product.title')}
        subtitle={draft.archived ? <Chip size="small" label={t('common.archived')} /> : undefined}
        back={{ label: t('nav.products'), onClick: () => navigate({ screen: 'products' }) }}
        actions={
          <>
            {!isNew && draft.archived && (
              <Button
                onClick={() =>
                  void persist(false).then((saved) => saved && notify(t('product.restored')))
                }
              >
                {t('action.restore')}
              </Button>
            )}
            {!isNew && !draft.archived && (
              <Button color="error" onClick={() => setConfirmArchive(true)}>
                {t('action.archive')}
              </Button>
            )}
            <Button type="submit" variant="contained" disabled={saving}>
              {t('action.save')}
            </Button>
          </>
        }
      />
      <FormErrorSummary form={FORM} errors={summaryErrors(issues, parseErrors)} />
      <FormSection title={t('product.section.product')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextInputField
              id={fieldId(FORM, 'sku')}
              label={t('product.sku')}
              value={draft.sku}
              onChange={(sku) => change({ sku })}
              error={errors.sku}
              required
              autoFocus={isNew}
              maxLength={64}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 8 }}>
            <TextInputField
              id={fieldId(FORM, 'name')}
              label={t('product.name')}
              value={draft.name}
              onChange={(name) => change({ name })}
              error={errors.name}
              required
            />
          </Grid>
          <Grid size={12}>
            <TextInputField
              id={fieldId(FORM, 'description')}
              label={t('product.description')}
              value={draft.description}
              onChange={(description) => change({ description })}
              error={errors.description}
              helperText={t('product.descriptionHelp')}
              multiline
              minRows={2}
            />
          </Grid>
        </Grid>
      </FormSection>
      <ProductPriceFields
        draft={draft}
        onChange={change}
        onVatCategory={(category) => setDraft((previous) => withVatCategory(previous, category))}
        settings={settings}
        form={FORM}
        errors={errors}
        onParseError={reporterFor}
      />
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button type="submit" variant="contained" disabled={saving}>
          {t('action.save')}
        </Button>
      </Stack>
      <ConfirmDialog
        open={confirmArchive}
        title={t('product.archiveTitle', { name: savedName })}
        message={t('product.archiveMessage')}
        confirmLabel={t('product.archiveConfirm')}
        destructive
        onConfirm={archive}
        onCancel={() => setConfirmArchive(false)}
      />
    </Box>
  );
}
