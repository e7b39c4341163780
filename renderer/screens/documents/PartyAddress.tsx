import Typography from '@mui/material/Typography';
import type { Address } from '../../../shared/schemas/address';
import { t } from '../../i18n/t';

export type PartyLike = {
  name: string;
  address: Address;
  vatId?: string | undefined;
  taxId?: string | undefined;
  email?: string | undefined;
};

function countryName(code: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([t('app.languageTag')], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A seller or buyer as a document prints it: name, postal address, tax identifiers. */
export function PartyAddress({ party }: { party: PartyLike }) {
  const { address } = party;
  const cityLine = [address.postalCode, address.city].filter(Boolean).join(' ');
  const lines = [
    address.line1,
    address.line2,
    cityLine,
    address.region,
    countryName(address.country),
  ].filter((line) => line && line.trim() !== '');
  return (
    <Typography component="address" variant="body2" sx={{ fontStyle: 'normal' }}>
      <strong>{party.name}</strong>
      {lines.map((line, index) => (
        <span key={index}>
          <br />
          {line}
        </span>
      ))}
      {party.vatId && (
        <>
          <br />
          {t('documents.party.vatId', { vatId: party.vatId })}
        </>
      )}
      {party.taxId && (
        <>
          <br />
          {t('documents.party.taxId', { taxId: party.taxId })}
        </>
      )}
    </Typography>
  );
}
