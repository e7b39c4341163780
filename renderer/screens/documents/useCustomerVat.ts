import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { EffectiveDefaults } from '../../../shared/customers/customerDefaults';
import type { SellerVatMode } from '../../../shared/tax/sellerVatMode';
import { customerDefaultsFor } from '../../data/customerClassesRepository';
import type { InvoicerDb } from '../../data/db';
import { lineTreatmentFor } from './vatTreatmentSwitch';

type DefaultsOf = { customerId: string; defaults: EffectiveDefaults };

/**
 * The effective defaults of the draft's customer (customer, else class, else company), kept
 * up to date while the draft is open, and the VAT treatment its new lines take. A customer
 * just picked is remembered at once, so a line added before the database answers already
 * gets the right treatment.
 */
export function useCustomerVat(db: InvoicerDb, customerId: string, vatMode: SellerVatMode) {
  const live = useLiveQuery(async (): Promise<DefaultsOf | null> => {
    if (!customerId) return null;
    const result = await customerDefaultsFor(db, customerId);
    return result.ok ? { customerId, defaults: result.value } : null;
  }, [customerId]);
  const [picked, setPicked] = useState<DefaultsOf | null>(null);
  // The live answer is fresher; either counts only for the customer the draft has now.
  const defaults =
    [live, picked].find((entry) => entry && entry.customerId === customerId)?.defaults ?? null;
  return {
    defaults,
    lineTreatment: lineTreatmentFor(defaults, vatMode),
    remember: (id: string, chosen: EffectiveDefaults) =>
      setPicked({ customerId: id, defaults: chosen }),
  };
}
