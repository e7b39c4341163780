import { compactIdentifier, mod97 } from '../schemas/identifierFields';

/**
 * An electronic address (EN 16931 BT-34 / BT-49): where an e-invoice is delivered, as an
 * identifier and the code of its scheme from the Electronic Address Scheme (EAS) list,
 * e.g. 0204 for a German Leitweg-ID, 0088 for a GLN, 9930 for a German VAT ID.
 */
export type ElectronicAddress = { scheme: string; id: string };

// EAS codes the CEN rules accept (BR-CL-25, code list of 2025), copied from the
// EN16931 1.3.16 validation artefacts.
const CEN_CODES = `0002 0003 0004 0005 0006 0007 0008 0009 0010 0011 0012 0013 0014 0015 0016 0017
0018 0019 0020 0021 0022 0023 0024 0025 0026 0027 0028 0029 0030 0031 0032 0033 0034 0035 0036
0037 0038 0039 0040 0041 0042 0043 0044 0045 0046 0047 0048 0049 0050 0051 0052 0053 0054 0055
0056 0057 0058 0059 0060 0061 0062 0063 0064 0065 0066 0067 0068 0069 0070 0071 0072 0073 0074
0075 0076 0077 0078 0079 0080 0081 0082 0083 0084 0085 0086 0087 0088 0089 0090 0091 0093 0094
0095 0096 0097 0098 0099 0100 0101 0102 0104 0105 0106 0107 0108 0109 0110 0111 0112 0113 0114
0115 0116 0117 0118 0119 0120 0121 0122 0123 0124 0125 0126 0127 0128 0129 0130 0131 0132 0133
0134 0135 0136 0137 0138 0139 0140 0141 0142 0143 0144 0145 0146 0147 0148 0149 0150 0151 0152
0153 0154 0155 0156 0157 0158 0159 0160 0161 0162 0163 0164 0165 0166 0167 0168 0169 0170 0171
0172 0173 0174 0175 0176 0177 0178 0179 0180 0183 0184 0185 0186 0187 0188 0189 0190 0191 0192
0193 0194 0195 0196 0197 0198 0199 0200 0201 0202 0203 0204 0205 0206 0207 0208 0209 0210 0211
0212 0213 0215 0216 0217 0218 0219 0220 0221 0225 0230 0235 0240 0244 0242 0245 0246 0248 9910
9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 9928 9929 9930 9931 9932 9933 9934
9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 9946 9947 9948 9949 9950 9951 9952 9953
9957 9959 AN AQ AS AU EM`;

// The narrower list Peppol accepts (PEPPOL-EN16931-CL008, May 2025 and May 2026 releases):
// no e-mail addresses, and participants must be registered under one of these.
const PEPPOL_CODES = `0002 0007 0009 0060 0088 0096 0097 0106 0130 0135 0142 0151 0183 0184 0188
0190 0191 0192 0195 0196 0198 0199 0200 0201 0204 0208 0209 0210 0211 0216 0218 0221 0225 0230
0235 0240 0242 0244 0245 0246 0248 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926
9927 9928 9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945
9946 9947 9948 9949 9950 9951 9952 9953 9957 9959`;

const codes = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Every scheme code an electronic address may have in EN 16931. */
export const EAS_CODES = codes(CEN_CODES);
/** The scheme codes a Peppol BIS document may use. */
export const PEPPOL_EAS_CODES = codes(PEPPOL_CODES);

/** The schemes a person is most likely to need, with what they are, for pickers. */
export const COMMON_EAS_SCHEMES: ReadonlyArray<{ code: string; label: string }> = [
  { code: '0204', label: 'Leitweg-ID (German public sector)' },
  { code: '0088', label: 'GLN (Global Location Number)' },
  { code: '9930', label: 'German VAT ID' },
  { code: '0208', label: 'Belgian enterprise number' },
  { code: '9925', label: 'Belgian VAT ID' },
  { code: '0106', label: 'Dutch KvK number' },
  { code: '0190', label: 'Dutch OIN' },
  { code: '0009', label: 'French SIRET' },
  { code: '0002', label: 'French SIRENE' },
  { code: '9957', label: 'French VAT ID' },
  { code: '9914', label: 'Austrian VAT ID' },
  { code: '0007', label: 'Swedish organisation number' },
  { code: '0192', label: 'Norwegian organisation number' },
  { code: '0184', label: 'Danish CVR number' },
  { code: '0037', label: 'Finnish OVT code' },
  { code: '0211', label: 'Italian VAT number (Partita IVA)' },
  { code: '9920', label: 'Spanish VAT ID' },
  { code: '0151', label: 'Australian ABN' },
  { code: 'EM', label: 'E-mail address (not on Peppol)' },
];

// The EAS code of each country's VAT number, for the countries that have one.
const VAT_SCHEME_BY_PREFIX: Readonly<Record<string, string>> = {
  HU: '9910',
  AT: '9914',
  ES: '9920',
  AD: '9922',
  AL: '9923',
  BA: '9924',
  BE: '9925',
  BG: '9926',
  CH: '9927',
  CY: '9928',
  CZ: '9929',
  DE: '9930',
  EE: '9931',
  GB: '9932',
  EL: '9933',
  GR: '9933',
  HR: '9934',
  IE: '9935',
  LI: '9936',
  LT: '9937',
  LU: '9938',
  LV: '9939',
  MC: '9940',
  ME: '9941',
  MK: '9942',
  MT: '9943',
  NL: '9944',
  PL: '9945',
  PT: '9946',
  RO: '9947',
  RS: '9948',
  SI: '9949',
  SK: '9950',
  SM: '9951',
  TR: '9952',
  VA: '9953',
  FR: '9957',
};

/** The electronic address a VAT ID gives under its country's VAT scheme, or null if none. */
export function vatElectronicAddress(vatId: string): ElectronicAddress | null {
  const id = compactIdentifier(vatId);
  const scheme = VAT_SCHEME_BY_PREFIX[id.slice(0, 2)];
  return scheme && id.length > 2 ? { scheme, id } : null;
}

function gln(id: string): boolean {
  const digits = [...id].map(Number);
  const check = digits.pop();
  const sum = digits
    .reverse()
    .reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

function mod11Norway(id: string): boolean {
  const digits = [...id].map(Number);
  const check = digits.pop();
  const sum = digits.reverse().reduce((total, digit, i) => total + digit * ((i % 6) + 2), 0);
  return Number(id) > 0 && (11 - (sum % 11)) % 11 === check;
}

function luhn(id: string): boolean {
  let sum = 0;
  [...id].reverse().forEach((character, i) => {
    const doubled = Number(character) * (i % 2 === 1 ? 2 : 1);
    sum += doubled > 9 ? doubled - 9 : doubled;
  });
  return sum % 10 === 0;
}

function abn(id: string): boolean {
  const weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  const digits = [...id].map(Number);
  digits[0] = digits[0]! - 1;
  return digits.reduce((sum, digit, i) => sum + digit * weights[i]!, 0) % 89 === 0;
}

/** A Leitweg-ID: coarse address, optional fine address, check digits (ISO 7064 MOD 97-10). */
export function isLeitwegId(id: string): boolean {
  return (
    /^[0-9]{2,12}(-[A-Za-z0-9]{1,30})?-[0-9]{2}$/.test(id) &&
    mod97(id.replace(/-/g, '').toUpperCase()) === 1
  );
}

type Check = { test: (id: string) => boolean; form: string };

// The identifier rules of the Peppol validation (PEPPOL-COMMON-R040 ff.) and the Leitweg-ID's.
const FORMATS: Readonly<Record<string, Check>> = {
  '0204': {
    test: isLeitwegId,
    form: 'a Leitweg-ID with valid check digits, like 04011000-1234512345-06',
  },
  '0088': {
    test: (id) => /^[0-9]+$/.test(id) && gln(id),
    form: 'a GLN of digits with a valid check digit',
  },
  '0192': {
    test: (id) => /^[0-9]{9}$/.test(id) && mod11Norway(id),
    form: 'nine digits with a valid check digit',
  },
  '0184': { test: (id) => /^(DK)?[0-9]{8}$/.test(id), form: 'eight digits, optionally after DK' },
  '0096': { test: (id) => /^[0-9]{10}$/.test(id), form: 'ten digits' },
  '0198': { test: (id) => /^DK[0-9]{8}$/.test(id), form: 'DK and eight digits' },
  '0208': {
    test: (id) =>
      /^[0-9]{10}$/.test(id) && 97 - (Number(id.slice(0, 8)) % 97) === Number(id.slice(8)),
    form: 'ten digits with valid check digits',
  },
  '0201': { test: (id) => /^[A-Za-z0-9]{6}$/.test(id), form: 'six letters or digits' },
  '0007': {
    test: (id) => /^[0-9]{10}$/.test(id) && luhn(id),
    form: 'ten digits with a valid check digit',
  },
  '0151': {
    test: (id) => /^[0-9]{11}$/.test(id) && abn(id),
    form: 'eleven digits with valid check digits',
  },
  '0106': { test: (id) => /^[0-9]{8}$/.test(id), form: 'eight digits' },
  '0190': { test: (id) => /^[0-9]{20}$/.test(id), form: 'twenty digits' },
  '9944': {
    test: (id) => /^NL[0-9]{9}B[0-9]{2}$/.test(id),
    form: 'a Dutch VAT ID like NL123456789B01',
  },
  '0217': { test: (id) => /^[0-9]{12}$/.test(id), form: 'twelve digits' },
  EM: { test: (id) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(id), form: 'an e-mail address' },
};

/**
 * What is wrong with an electronic address, as a sentence, or null when it is fine: an
 * unknown scheme, or an identifier of the wrong form for its scheme.
 */
export function electronicAddressProblem(address: ElectronicAddress): string | null {
  if (!EAS_CODES.has(address.scheme)) {
    return `"${address.scheme}" is not an electronic address scheme; choose one from the list, such as 0204 (Leitweg-ID) or 0088 (GLN).`;
  }
  if (address.id.trim() === '') return 'Enter the identifier of the electronic address.';
  if (/\s/.test(address.id)) return 'An electronic address identifier has no spaces.';
  const check = FORMATS[address.scheme];
  if (check && !check.test(address.id)) {
    return `An electronic address of scheme ${address.scheme} must be ${check.form}.`;
  }
  return null;
}
