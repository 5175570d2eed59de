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
  ['SMART_CONTRACT', 'Smart-contract account (e.g. a multisig contract)'],
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
  ['WARRANTY_PROTECTION', 'Warranty-backed protection', 'theft cover from a provider holding a backup key, beside your insurance'],
];

export const LICENCE_KINDS = [
  ['CUSTODY', 'Custody'],
  ['EXCHANGE', 'Exchange / trading platform'],
  ['TRUST_COMPANY', 'Trust company'],
  ['BROKER_DEALER', 'Broker-dealer'],
  ['BANK', 'Bank'],
  ['CASP', 'MiCA CASP (crypto-asset service provider)'],
  ['OTHER', 'Other'],
];

export const KEY_STORAGE = [
  ['HSM', 'HSM (hardware security module)'],
  ['SECURE_ENCLAVE', 'Secure enclave (phone or server enclave)'],
  ['HARDWARE_WALLET', 'Hardware wallet'],
  ['GENERAL_PURPOSE_COMPUTER', 'General-purpose computer or server'],
  ['PAPER_OR_METAL', 'Paper or metal (offline backup)'],
];

export const KEY_HOLDER_CHECKS = [
  ['NONE', 'None'],
  ['IDENTITY_AND_REFERENCES', 'Identity and references checked'],
  ['BACKGROUND_CHECKS', 'Background checks'],
];

export const COMPROMISE_PROTOCOLS = [
  ['NONE', 'None'],
  ['INVENTORY_ONLY', 'A key inventory only'],
  ['DOCUMENTED', 'Documented protocol with roles'],
  ['DRILLED', 'Documented and drilled regularly'],
];

export const GRANT_REVOKE = [
  ['NONE', 'No process'],
  ['INFORMAL', 'Someone who knows the system, without a written process'],
  ['CHECKLISTS', 'Written on/offboarding checklists'],
  ['AUDIT_TRAIL', 'Checklists and an audit trail of changes'],
];

export const KEY_GENERATION = [
  ['UNDOCUMENTED', 'Not documented'],
  ['DOCUMENTED', 'Documented, with who was present'],
  ['WITNESSED', 'Witnessed or signed off independently'],
  ['VALIDATED_ENTROPY', 'Validated entropy (NIST DRBG or tested TRNG)'],
];

export const ASSURANCE_KINDS = [
  ['SOC1_TYPE_I', 'SOC 1 Type I'],
  ['SOC1_TYPE_II', 'SOC 1 Type II'],
  ['SOC2_TYPE_I', 'SOC 2 Type I'],
  ['SOC2_TYPE_II', 'SOC 2 Type II'],
  ['ISAE3402_TYPE_I', 'ISAE 3402 Type I'],
  ['ISAE3402_TYPE_II', 'ISAE 3402 Type II'],
  ['ISAE3000', 'ISAE 3000'],
  ['NONE', 'None held'],
];

export const PROOF_OF_RESERVE = [
  ['NONE', 'None'],
  ['ONE_OFF', 'Once (one audit)'],
  ['REGULAR', 'On a regular schedule'],
  ['ON_CHAIN', 'Verifiable on-chain'],
];

export const AUDIT_LOGS = [
  ['NONE', 'None'],
  ['SOME_ACTIONS', 'Some actions'],
  ['ALL_ACTIONS', 'All user and admin actions'],
  ['ALL_ACTIONS_BACKED_UP', 'All actions, backed up off-server'],
];

export const DATA_SANITISATION = [
  ['NONE', 'None'],
  ['AWARENESS', 'Staff know how, and have the tools'],
  ['POLICY', 'A written policy'],
  ['POLICY_AND_LOG', 'A written policy and a log per medium'],
];

export const CCSS_LEVELS = [
  ['1', 'Level 1'],
  ['2', 'Level 2'],
  ['3', 'Level 3'],
];

export const SEGREGATION = [
  ['PER_CLIENT_WALLETS', 'Wallets per client'],
  ['OMNIBUS_WITH_RECORDS', 'Pooled (omnibus), with records per client'],
  ['COMMINGLED', 'Pooled with the firm\'s own assets'],
];

export const RECONCILIATION = [
  ['REAL_TIME', 'In real time'],
  ['DAILY', 'Daily'],
  ['WEEKLY', 'Weekly'],
  ['MONTHLY', 'Monthly'],
  ['NONE', 'Not reconciled'],
];

export const CUSTODY_MODELS = [
  ['SELF', 'We hold the keys'],
  ['SUB_CUSTODIAN', 'A sub-custodian holds them'],
  ['SHARED', 'Shared: a vendor co-signs or holds a share or backup key'],
  ['NONE', 'Nobody: a non-custodial service'],
];

export const LOSS_CAUSES = [
  ['EXTERNAL_THEFT', 'External theft (hack)'],
  ['INSIDER', 'Insider'],
  ['SOCIAL_ENGINEERING', 'Social engineering'],
  ['KEY_LOSS', 'Lost keys'],
  ['VENDOR', 'A vendor or sub-custodian'],
  ['SMART_CONTRACT', 'Smart-contract failure'],
  ['OTHER', 'Other'],
];

export const LOSS_STATUSES = [
  ['OPEN', 'Open: not yet notified'],
  ['NOTIFIED', 'Notified to a carrier'],
  ['PAID', 'Claim paid'],
  ['DENIED', 'Claim denied'],
  ['CLOSED', 'Closed'],
];

export const SWEEPS = [
  ['CONTINUOUS', 'Continuously'],
  ['HOURLY', 'Hourly'],
  ['DAILY', 'Daily'],
  ['WEEKLY', 'Weekly'],
  ['MONTHLY', 'Monthly'],
  ['AD_HOC', 'When someone decides to'],
];

/** The label of a code in one of the lists above, or the code itself. */
export function labelOf(list, code) {
  const found = list.find(o => o[0] === code);
  return found ? found[1] : String(code);
}
