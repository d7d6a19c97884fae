/** A party's legal details as documents print them (invoice, delivery note). */
export interface LegalParty {
  name: string | null
  address: string | null
  inn: string | null
  bankAccount: string | null
  bankName: string | null
  mfo: string | null
  vatRegCode: string | null
}

/** The details in the order documents list them. */
export const PARTY_FIELDS = [
  'name',
  'address',
  'inn',
  'bankAccount',
  'bankName',
  'mfo',
  'vatRegCode',
] as const
export type PartyField = (typeof PARTY_FIELDS)[number]

/** The seller's details as the settings hold them. */
export interface SellerSettings {
  sellerName?: string | null
  sellerAddress?: string | null
  sellerInn?: string | null
  sellerBankAccount?: string | null
  sellerBankName?: string | null
  sellerMfo?: string | null
  sellerVatRegCode?: string | null
}

export function sellerOf(settings: SellerSettings): LegalParty {
  return {
    name: settings.sellerName ?? null,
    address: settings.sellerAddress ?? null,
    inn: settings.sellerInn ?? null,
    bankAccount: settings.sellerBankAccount ?? null,
    bankName: settings.sellerBankName ?? null,
    mfo: settings.sellerMfo ?? null,
    vatRegCode: settings.sellerVatRegCode ?? null,
  }
}

export interface PartyLine {
  field: PartyField
  /** The detail, trimmed; null when absent. */
  value: string | null
  /** Absent where a document needs it: printed plainly as missing rather than left blank. */
  missing: boolean
}

/**
 * A party's details line by line. The VAT code is optional in Uzbekistan (only VAT payers have
 * one): absent is not missing.
 */
export function partyLines(party: LegalParty): PartyLine[] {
  return PARTY_FIELDS.map((field) => {
    const value = party[field]?.trim() || null
    return { field, value, missing: value === null && field !== 'vatRegCode' }
  })
}
