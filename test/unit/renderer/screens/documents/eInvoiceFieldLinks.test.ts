import { describe, expect, it } from 'vitest';
import { eInvoiceFieldLink } from '../../../../../renderer/screens/documents/eInvoiceFieldLinks';

describe('links from e-invoice problems to their fields', () => {
  it('opens the settings form for company fields and the customer form for customer fields', () => {
    expect(eInvoiceFieldLink({ field: 'company.phone', message: '' }, 'c-1')).toEqual({
      route: { screen: 'settings' },
      elementId: 'settings-company-phone',
    });
    expect(
      eInvoiceFieldLink({ field: 'customer.eInvoice.endpointId', message: '' }, 'c-1'),
    ).toEqual({
      route: { screen: 'customer', id: 'c-1' },
      elementId: 'customer-eInvoice-endpointId',
    });
  });

  it('points a group at its first input, and a document problem nowhere', () => {
    expect(
      eInvoiceFieldLink({ field: 'customer.directDebit', message: '' }, 'c-1')?.elementId,
    ).toBe('customer-directDebit-mandateId');
    expect(eInvoiceFieldLink({ field: 'document', message: '' }, 'c-1')).toBeNull();
  });
});
