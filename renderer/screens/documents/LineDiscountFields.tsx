import Box from '@mui/material/Box';
import type { CurrencyCode } from '../../../shared/money/currencies';
import { ZERO } from '../../../shared/money/minor';
import type { DocumentLine } from '../../../shared/schemas/documentLine';
import { useFormatters } from '../../app/useFormatters';
import { DecimalField } from '../../components/fields/DecimalField';
import { MoneyField } from '../../components/fields/MoneyField';
import { SelectField } from '../../components/fields/SelectField';
import { t } from '../../i18n/t';
import { lineDiscountOf, withLineDiscount, type LineDiscount } from './draftEditing';

export type LineDiscountFieldsProps = {
  line: DocumentLine;
  currency: CurrencyCode;
  /** The input id and the message of a field of the line ('allowances.0.percent'). */
  idOf: (field: string) => string;
  errorOf: (field: string) => string | undefined;
  reporterFor: (field: string) => (message: string | null) => void;
  onChange: (line: DocumentLine) => void;
};

/**
 * A line's discount: none, a percentage of the line, or an amount. It is the line's first
 * allowance; further allowances a line may carry (e.g. from an import) stay untouched.
 */
export function LineDiscountFields({
  line,
  currency,
  idOf,
  errorOf,
  reporterFor,
  onChange,
}: LineDiscountFieldsProps) {
  const { locale } = useFormatters();
  const discount = lineDiscountOf(line);
  const setDiscount = (next: LineDiscount) => onChange(withLineDiscount(line, next));
  return (
    <>
      <SelectField<LineDiscount['kind']>
        id={idOf('discountKind')}
        label={t('documents.line.discount')}
        value={discount.kind}
        options={[
          { value: 'none', label: t('documents.line.discount.none') },
          { value: 'percent', label: t('documents.line.discount.percent') },
          { value: 'amount', label: t('documents.line.discount.amount') },
        ]}
        onChange={(kind) => {
          if (kind === 'none' || kind === '') setDiscount({ kind: 'none' });
          else if (kind === 'percent') setDiscount({ kind: 'percent', percent: '' });
          else setDiscount({ kind: 'amount', amount: ZERO });
        }}
        size="small"
      />
      {discount.kind === 'percent' && (
        <DecimalField
          id={idOf('allowances.0.percent')}
          label={t('documents.line.discountPercent')}
          value={discount.percent}
          locale={locale}
          maxFractionDigits={4}
          onChange={(percent) => setDiscount({ kind: 'percent', percent })}
          onParseError={reporterFor('allowances.0.percent')}
          error={errorOf('allowances.0.percent')}
          unit="%"
          size="small"
        />
      )}
      {discount.kind === 'amount' && (
        <MoneyField
          id={idOf('allowances.0.amount')}
          label={t('documents.line.discountAmount')}
          value={discount.amount}
          currency={currency}
          locale={locale}
          allowNegative={false}
          onChange={(amount) => setDiscount({ kind: 'amount', amount: amount ?? ZERO })}
          onParseError={reporterFor('allowances.0.amount')}
          error={errorOf('allowances.0.amount')}
          size="small"
        />
      )}
      {discount.kind === 'none' && <Box />}
    </>
  );
}
