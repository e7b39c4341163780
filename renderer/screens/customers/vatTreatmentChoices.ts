import {
  CUSTOMER_VAT_TREATMENTS,
  type CustomerVatTreatment,
} from '../../../shared/tax/customerVatTreatment';
import type { SelectOption } from '../../components/fields/SelectField';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';

// The customer's VAT treatment as the screens name it: a label of its own in a list, and a
// few words in a sentence ("VAT: reverse charge (from class EU business)").

const NAMES: Record<CustomerVatTreatment, MessageKey> = {
  domestic: 'vatTreatment.domestic',
  reverseCharge: 'vatTreatment.reverseCharge',
  intraCommunity: 'vatTreatment.intraCommunity',
  export: 'vatTreatment.export',
  outsideScope: 'vatTreatment.outsideScope',
};

const IN_SENTENCE: Record<CustomerVatTreatment, MessageKey> = {
  domestic: 'vatTreatment.inSentence.domestic',
  reverseCharge: 'vatTreatment.inSentence.reverseCharge',
  intraCommunity: 'vatTreatment.inSentence.intraCommunity',
  export: 'vatTreatment.inSentence.export',
  outsideScope: 'vatTreatment.inSentence.outsideScope',
};

/** The catalogue name of a VAT treatment, as a list shows it ("Reverse charge"). */
export function vatTreatmentName(treatment: CustomerVatTreatment): string {
  return t(NAMES[treatment]);
}

/** The VAT treatment as words inside a sentence ("reverse charge"). */
export function vatTreatmentInSentence(treatment: CustomerVatTreatment): string {
  return t(IN_SENTENCE[treatment]);
}

/** The VAT treatments by their catalogue names, for a select. */
export function vatTreatmentOptions(): SelectOption<CustomerVatTreatment>[] {
  return CUSTOMER_VAT_TREATMENTS.map((treatment) => ({
    value: treatment,
    label: vatTreatmentName(treatment),
  }));
}
