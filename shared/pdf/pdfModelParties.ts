import type { Address } from '../schemas/address';
import type { PartySnapshot, PostedSnapshot } from '../schemas/postedSnapshot';
import type { PdfParty } from './pdfModel';
import { formatIban, type PdfFormatters } from './pdfFormatters';
import type { PdfLabels } from './pdfLabels';

// Seller and buyer as the PDF prints them, from the snapshot frozen at posting.

const nonEmpty = (parts: readonly string[]) => parts.map((part) => part.trim()).filter(Boolean);

/** The town line: postal code and town, as most of Europe writes it ("10115 Berlin"). */
function townLine(address: Address): string {
  return nonEmpty([address.postalCode, address.city]).join(' ');
}

/** The lines of an address, with the country only when `withCountry`. */
function addressLines(address: Address, withCountry: boolean, format: PdfFormatters): string[] {
  return nonEmpty([
    address.line1,
    address.line2,
    townLine(address),
    address.region,
    withCountry ? format.country(address.country) : '',
  ]);
}

/** The seller's block at the top right: address, then how to reach and identify them. */
export function sellerBlock(
  seller: PartySnapshot,
  labels: PdfLabels,
  format: PdfFormatters,
): PdfParty {
  return {
    name: seller.name,
    lines: [
      ...addressLines(seller.address, true, format),
      ...nonEmpty([
        seller.phone && `${labels.phone} ${seller.phone}`,
        seller.email && `${labels.email} ${seller.email}`,
        seller.vatId && `${labels.vatId} ${seller.vatId}`,
        seller.taxId && `${labels.taxId} ${seller.taxId}`,
      ]),
    ],
  };
}

/**
 * The buyer's address for the envelope window; the country is printed when it differs from
 * the seller's, as the post wants. The buyer's VAT ID follows: reverse-charge and
 * intra-community invoices must show it.
 */
export function buyerBlock(
  buyer: PartySnapshot,
  sellerCountry: string,
  labels: PdfLabels,
  format: PdfFormatters,
): PdfParty {
  return {
    name: buyer.name,
    lines: [
      ...addressLines(buyer.address, buyer.address.country !== sellerCountry, format),
      ...nonEmpty([
        buyer.vatId && `${labels.vatId} ${buyer.vatId}`,
        buyer.taxId && `${labels.taxId} ${buyer.taxId}`,
      ]),
    ],
  };
}

/** "Jane Trader · Main Street 1 · 10115 Berlin": the return address above the window. */
export function senderLine(seller: PartySnapshot, format: PdfFormatters): string {
  return nonEmpty([
    seller.name,
    seller.address.line1,
    townLine(seller.address),
    format.country(seller.address.country),
  ]).join(' · ');
}

/** The small print of every page: who the seller is, their registration and their bank. */
export function pageFooterLines(
  posted: PostedSnapshot,
  labels: PdfLabels,
  format: PdfFormatters,
): string[] {
  const { seller, bankAccount } = posted;
  const lines = [
    nonEmpty([
      seller.name,
      seller.address.line1,
      seller.address.line2,
      townLine(seller.address),
      format.country(seller.address.country),
    ]).join(' · '),
    nonEmpty([
      seller.vatId && `${labels.vatId} ${seller.vatId}`,
      seller.taxId && `${labels.taxId} ${seller.taxId}`,
      seller.registrationNumber && `${labels.registrationNumber} ${seller.registrationNumber}`,
      seller.email,
      seller.phone,
    ]).join(' · '),
  ];
  if (bankAccount) {
    lines.push(
      nonEmpty([
        bankAccount.bankName,
        `${labels.iban} ${formatIban(bankAccount.iban)}`,
        bankAccount.bic && `${labels.bic} ${bankAccount.bic}`,
      ]).join(' · '),
    );
  }
  return lines.filter(Boolean);
}
