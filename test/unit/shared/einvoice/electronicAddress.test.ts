import { describe, expect, it } from 'vitest';
import {
  electronicAddressProblem,
  isLeitwegId,
  PEPPOL_EAS_CODES,
  vatElectronicAddress,
} from '../../../../shared/einvoice/electronicAddress';

describe('electronic addresses', () => {
  it('accepts Leitweg-IDs with valid check digits and refuses wrong ones', () => {
    expect(isLeitwegId('04011000-1234512345-06')).toBe(true);
    expect(isLeitwegId('991-33333TEST-33')).toBe(true);
    expect(isLeitwegId('04011000-1234512345-07')).toBe(false);
    expect(isLeitwegId('04011000')).toBe(false);
  });

  it('checks the identifiers of schemes with a known form, as the Peppol rules do', () => {
    expect(electronicAddressProblem({ scheme: '0088', id: '4000001000005' })).toBeNull();
    expect(electronicAddressProblem({ scheme: '0088', id: '4000001000006' })).toMatch(/GLN/);
    expect(electronicAddressProblem({ scheme: '0192', id: '974760673' })).toBeNull();
    expect(electronicAddressProblem({ scheme: '0208', id: '0403019261' })).toBeNull();
    expect(electronicAddressProblem({ scheme: '0208', id: '0403019262' })).toMatch(/check digits/);
    expect(electronicAddressProblem({ scheme: '0007', id: '5560360793' })).toBeNull();
    expect(electronicAddressProblem({ scheme: '0151', id: '51824753556' })).toBeNull();
    expect(electronicAddressProblem({ scheme: '9944', id: 'NL123456789B01' })).toBeNull();
    expect(electronicAddressProblem({ scheme: 'EM', id: 'not-an-address' })).toMatch(/e-mail/);
    expect(electronicAddressProblem({ scheme: '9930', id: 'DE123456789' })).toBeNull();
  });

  it('names an unknown scheme and an identifier with spaces', () => {
    expect(electronicAddressProblem({ scheme: '1234', id: 'x' })).toMatch(
      /"1234" is not an electronic address scheme/,
    );
    expect(electronicAddressProblem({ scheme: '9930', id: 'DE 123' })).toMatch(/no spaces/);
  });

  it("makes a Peppol address of a VAT ID under its country's VAT scheme", () => {
    expect(vatElectronicAddress('DE123456789')).toEqual({ scheme: '9930', id: 'DE123456789' });
    expect(vatElectronicAddress('el 094014201')).toEqual({ scheme: '9933', id: 'EL094014201' });
    expect(vatElectronicAddress('US12-3456789')).toBeNull();
    expect(vatElectronicAddress('')).toBeNull();
    expect(PEPPOL_EAS_CODES.has('9930')).toBe(true);
    expect(PEPPOL_EAS_CODES.has('EM')).toBe(false);
  });
});
