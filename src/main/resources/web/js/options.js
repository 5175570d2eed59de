// The profile's enumerations (src/main/resources/schema/profile.schema.json) with readable labels.
// Codes are the values sent; labels are what people read.

export const FIRM_TYPES = [
  ['QUALIFIED_CUSTODIAN', 'Qualified custodian'],
  ['EXCHANGE', 'Exchange'],
  ['TRUSTEE', 'Trustee'],
  ['PRIME_BROKER', 'Prime broker'],
  ['ETF_SERVICE_PROVIDER', 'ETF service provider'],
  ['BANK', 'Bank'],
  ['FINTECH', 'Fintech'],
  ['B2B_PLATFORM', 'B2B platform'],
  ['MPC_VENDOR', 'MPC vendor'],
  ['TOKENIZATION_PLATFORM', 'Tokenization platform'],
  ['WEB3_PLATFORM', 'Web3 platform'],
  ['RETAIL_PLATFORM', 'Retail platform'],
  ['SMB', 'Small crypto business (SMB)'],
  ['CARRIER', 'Insurance carrier'],
];

export const REGIONS = [
  ['US', 'United States (US)'],
  ['EU', 'European Union / EEA (EU)'],
  ['UK', 'United Kingdom (UK)'],
  ['APAC', 'Asia-Pacific (APAC)'],
  ['MENA', 'Middle East & North Africa (MENA)'],
  ['LATAM', 'Latin America (LATAM)'],
  ['OTHER', 'Elsewhere (OTHER)'],
];

export const TIERS = [
  ['COLD', 'Cold (keys offline)'],
  ['WARM', 'Warm (online, approvals)'],
  ['HOT', 'Hot (online, automatic)'],
];

export const TIER_CODES = ['COLD', 'WARM', 'HOT'];

export const KEY_SCHEMES = [
  ['MPC', 'MPC (multi-party computation)'],
  ['MULTISIG', 'Multisig'],
  ['HSM', 'HSM (hardware security module)'],
  ['SINGLE_KEY', 'Single key'],
];

export const FIPS_LEVELS = [
  ['0', '0: no HSM'],
  ['1', 'Level 1'],
  ['2', 'Level 2'],
  ['3', 'Level 3'],
  ['4', 'Level 4'],
];

export const SOC2 = [
  ['NONE', 'None'],
  ['TYPE_I', 'Type I'],
  ['TYPE_II', 'Type II'],
];

export const POLICY_LINES = [
  ['CRIME', 'Crime'],
  ['SPECIE', 'Specie'],
  ['CYBER', 'Cyber'],
  ['D_AND_O', 'Directors & officers (D&O)'],
  ['E_AND_O', 'Errors & omissions (E&O)'],
  ['SMART_CONTRACT', 'Smart contract'],
  ['STAKING_SLASHING', 'Staking / slashing'],
  ['WARRANTY', 'Warranty'],
  ['EXTORTION', 'Extortion'],
];

export const PERILS = [
  ['EXTERNAL_THEFT', 'External theft', 'Ext. theft', 'hacks and outside attackers'],
  ['INTERNAL_THEFT', 'Internal theft', 'Int. theft', 'employee dishonesty, insider fraud'],
  ['COLLUSION', 'Collusion', 'Collusion', 'insiders acting together, or with outsiders'],
  ['SOCIAL_ENGINEERING', 'Social engineering', 'Soc. eng.', 'staff tricked into moving funds'],
  ['VENDOR_BREACH', 'Vendor breach', 'Vendor', 'a sub-custodian or wallet provider is breached'],
  ['KEY_COMPROMISE', 'Key compromise', 'Key comp.', 'private keys or key shares stolen or lost'],
  ['EXTORTION', 'Extortion', 'Extortion', 'threats and ransom demands'],
  ['PHYSICAL_LOSS', 'Physical loss', 'Physical', 'loss or damage of storage media in the vault'],
];

export const BASES = [
  ['PLATFORM_WIDE', 'Platform-wide (one shared limit)'],
  ['PER_CUSTOMER', 'Per customer'],
  ['WARRANTY', 'Warranty-backed'],
  ['CONTINGENT', 'Contingent (on another\'s cover)'],
];

export const NEEDS = [
  ['CRYPTO_FIRST_INSURER', 'A crypto-first insurer', 'a specialist in crypto crime and custody cover rather than a generalist'],
  ['TOWER', 'A tower of capacity', 'limits layered across several carriers, usually arranged by a global broker'],
  ['APAC_CAPACITY', 'Capacity in Asia-Pacific', 'a lead carrier with local APAC presence'],
  ['EMBEDDED_PROTECTION', 'Embedded protection', 'prevention and warranty-backed protection built into your product'],
  ['WALLET_RECOVERY', 'Wallet recovery', 'disaster-recovery tooling for wallets and keys'],
  ['STAKING_DEFI_COVER', 'Staking and DeFi cover', 'slashing and smart-contract cover for the on-chain leg'],
  ['PRE_UNDERWRITING_ASSESSMENT', 'A pre-underwriting assessment', 'custody assessment and loss modelling before you go to market'],
  ['BESPOKE_WORDING', 'Bespoke wording', 'terms written for a non-standard custody stack'],
  ['REINSURANCE_BACKING', 'Reinsurance backing', 'reinsurer strength behind the carriers in your programme'],
  ['RETAIL_FACING_PROTECTION', 'Retail-facing protection', 'cover your customers can see and rely on'],
];

/** The label of a code in one of the lists above, or the code itself. */
export function labelOf(list, code) {
  const found = list.find(o => o[0] === code);
  return found ? found[1] : String(code);
}
