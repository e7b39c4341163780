// Valid company profile and settings: see examples.ts, which exports them with the others.
import { DEFAULT_CHART_OF_ACCOUNTS } from '../../../../shared/journal/chartOfAccounts';
import { defaultNumberSeries } from '../../../../shared/numbering/series';
import type { CompanyProfile } from '../../../../shared/schemas/companyProfile';
import type { BusinessSettings } from '../../../../shared/schemas/settings';
import { EUR, exampleAddress, TINY_PNG_BASE64 } from './exampleBasics';

export function exampleCompanyProfile(): CompanyProfile {
  return {
    name: 'Sole Trader Jane',
    address: { ...exampleAddress(), line1: 'Gartenweg 3', city: 'Potsdam', postalCode: '14467' },
    vatId: 'DE987654321',
    taxId: '046/123/45678',
    registrationNumber: '',
    email: 'jane@soletrader.example',
    phone: '+49 331 765432',
    website: 'www.soletrader.example',
    logo: { mimeType: 'image/png', dataBase64: TINY_PNG_BASE64 },
    bankAccounts: [
      {
        id: 'bank-1',
        label: 'Main account',
        iban: 'DE89370400440532013000',
        bic: 'COBADEFFXXX',
        bankName: 'Commerzbank',
        isDefault: true,
      },
      {
        id: 'bank-2',
        label: 'Savings',
        iban: 'GB29NWBK60161331926819',
        bic: '',
        bankName: '',
        isDefault: false,
      },
    ],
    sepaCreditorId: 'DE98ZZZ09999999999',
  };
}

export function exampleSettings(): BusinessSettings {
  return {
    company: exampleCompanyProfile(),
    vatMode: { kind: 'normal' },
    defaultCurrency: EUR,
    locale: 'de-DE',
    defaultPaymentTerms: { kind: 'net', days: 14 },
    numberSeries: defaultNumberSeries(),
    chartOfAccounts: structuredClone(DEFAULT_CHART_OF_ACCOUNTS),
    setupCompleted: true,
  };
}
