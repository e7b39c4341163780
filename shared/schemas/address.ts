import { z } from 'zod';
import { countryField } from './countries';
import { optionalText, requiredText, typeMessages } from './fields';

/**
 * A postal address as invoices print it (EN 16931 BG-5/BG-8). Street, town and country are
 * required, since an invoice must name where seller and buyer are; the postal code and
 * region are optional because many countries have neither.
 */
export const addressSchema = z.object(
  {
    line1: requiredText({
      label: 'Street and number',
      max: 200,
      missing: 'Enter the street and house number (address line 1).',
    }),
    line2: optionalText({ label: 'Address line 2', max: 200 }),
    postalCode: optionalText({ label: 'Postal code', max: 16 }),
    city: requiredText({ label: 'Town or city', max: 100, missing: 'Enter the town or city.' }),
    region: optionalText({ label: 'Region', max: 100 }),
    country: countryField('Country'),
  },
  typeMessages('Enter the address.', 'The address must have a street, a town and a country.'),
);

export type Address = z.output<typeof addressSchema>;
