import { vatCategoryRules, type VatCategory } from './vatCategories';

type GroupWithReason = { category: VatCategory; exemptionReason?: string | undefined };

/**
 * The legal notes a document must print for the VAT groups it has: the exemption reason of
 * exempt groups and the fixed note of reverse charge, intra-community, export and outside
 * scope. Each note appears once, in the order of the groups.
 */
export function requiredVatNotes(groups: readonly GroupWithReason[]): string[] {
  const notes: string[] = [];
  for (const group of groups) {
    const rules = vatCategoryRules(group.category);
    const note = rules.needsExemptionReason ? group.exemptionReason?.trim() : rules.note;
    if (note && !notes.includes(note)) notes.push(note);
  }
  return notes;
}
