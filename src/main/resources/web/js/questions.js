// The questionnaire: one entry per profile field, in the profile's own shape, so the page can build the
// form, read it back into a profile, fill it from a file and validate it from this one description.
// Limits mirror src/main/resources/schema/profile.schema.json; help texts say why each question matters,
// in the words of the custody insurance guide the rules come from.

import {
  ASSURANCE_KINDS, AUDIT_LOGS, BASES, CCSS_LEVELS, COMPROMISE_PROTOCOLS, CUSTODY_MODELS, DATA_SANITISATION,
  FIPS_LEVELS, FIRM_TYPES, GRANT_REVOKE, KEY_GENERATION, KEY_HOLDER_CHECKS, KEY_SCHEMES, KEY_STORAGE, LICENCE_KINDS,
  LOSS_CAUSES, LOSS_STATUSES, NEEDS, PERILS, POLICY_LINES, PROOF_OF_RESERVE, RECONCILIATION, REGIONS, SEGREGATION,
  SOC2, SWEEPS, TIERS,
} from './options.js';

const USD_MAX = 1e15;
const TICKER = {pattern: /^[A-Z0-9.-]{1,15}$/, patternMessage: 'A ticker in capitals, e.g. BTC, ETH or USDC.'};

const usd = (name, label, help, extra = {}) => ({name, label, help, type: 'usd', min: 0, max: USD_MAX, ...extra});
const bool = (name, label, help) => ({name, label, help, type: 'bool'});
const date = (name, label, help, extra = {}) => ({name, label, help, type: 'date', ...extra});
const choice = (name, label, options, help, extra = {}) => ({name, label, options, help, type: 'enum', ...extra});

/**
 * A group of questions shown collapsed under a summary line: the detail a broker's submission asks for,
 * which most first assessments leave out. It is only a grouping on the page; its questions belong to
 * the object around it.
 */
const details = (label, help, fields) => ({type: 'details', label, help, fields});

/** The questions of an object spec with details groups opened up: the fields its value has. */
export function flatFields(spec) {
  return spec.fields.flatMap(f => f.type === 'details' ? flatFields(f) : [f]);
}

/** A list item as an object: one given in its short form (a sub-custodian's bare name) becomes {name}. */
export function itemObject(item, value) {
  return item.compact && typeof value === 'string' ? {[item.compact]: value} : value;
}

const licence = {
  fields: [
    {name: 'jurisdiction', label: 'Where it was granted', type: 'text', required: true, maxLength: 6, upper: true,
      short: true,
      pattern: /^([A-Z]{2}(-[A-Z0-9]{1,3})?|EU)$/, placeholder: 'e.g. JP, US-NY, EU',
      patternMessage: 'A country code (JP), a region of one (US-NY, AE-DU for Dubai) or EU for an EU-wide licence.',
      help: 'A country code, a state or emirate where the regulator is not national (US-NY, AE-DU), or EU for MiCA.'},
    {name: 'regulator', label: 'Regulator', type: 'text', maxLength: 100, placeholder: 'e.g. JFSA, SFC, NYDFS, VARA',
      help: 'Who supervises you under it; the report names it.'},
    choice('kind', 'What it permits', LICENCE_KINDS,
      'Custody, exchange and trust-company licences carry different duties on cold storage and insurance.'),
  ],
};

const assetAmount = {
  fields: [
    {name: 'asset', label: 'Asset', type: 'text', required: true, maxLength: 15, upper: true, short: true,
      placeholder: 'e.g. BTC',
      ...TICKER, help: 'The ticker.'},
    usd('valueUsd', 'Value (USD)', 'Its value in US dollars.', {required: true}),
  ],
};

const firm = {
  name: 'firm', type: 'object', flat: true, label: 'Firm',
  fields: [
    {name: 'name', label: 'Firm name', type: 'text', required: true, maxLength: 200,
      help: 'The legal or trading name: it heads the report you send to a broker.'},
    {name: 'type', label: 'What kind of firm is it?', type: 'enum', required: true, options: FIRM_TYPES,
      help: 'Each provider is "best for" some kinds of firm (qualified custodians, exchanges, banks, fintechs...): '
        + 'this steers which insurers and brokers fit.'},
    {name: 'domicile', label: 'Country of domicile', type: 'country', required: true,
      placeholder: 'e.g. US',
      help: 'Checklist: confirm eligible regions and regulators and your entity domicile. Carriers write cover only '
        + 'where they are eligible. Two-letter ISO country code (US, GB, DE, CH, SG, HK).'},
    {name: 'regions', label: 'Regions you operate in', type: 'multi', options: REGIONS, maxItems: 7,
      help: 'Some providers serve only some regions (US, EU, APAC...). Leave all unticked to use your domicile\'s region.'},
    bool('clientAssets', 'Do you hold assets on behalf of customers?',
      'With client assets at stake, a "cyber-only" policy is a red flag: cyber forms generally do not pay for stolen '
      + 'assets in custody.'),
    bool('hasCustomers', 'Do you have customers of your own whose identity you must check?',
      'KYC and sanctions screening apply to firms with customers; a family office or a proprietary trader has none.'),
    {name: 'licences', type: 'list', label: 'Licences and registrations', itemLabel: 'Licence',
      addLabel: 'Add a licence', maxItems: 50, initialRows: 0, item: licence,
      help: 'Regulators set their own cold-storage floors, insurance floors and incident clocks: those of your '
        + 'licences apply to you. None? Leave this empty.'},
  ],
};

const holdings = {
  name: 'holdings', type: 'object', label: 'Holdings',
  fields: [
    usd('aumUsd', 'Assets under custody (USD)',
      'Everything you hold, for clients and your own, every wallet included. Checklist: align limits with AUM and '
      + 'worst-case loss. You can type 300000000, 300,000,000 or 300m.', {required: true}),
    usd('tvlUsd', 'Value locked in on-chain / DeFi workflows (USD)',
      'Value in smart contracts or DeFi is exposed to risks custody crime policies leave out; it sizes any '
      + 'smart-contract cover.'),
    usd('clientAssetsUsd', 'Of that, held for clients (USD)',
      'Regulators\' hot-storage limits are shares of client assets. Left empty while you hold client assets, all '
      + 'assets under custody count as theirs.'),
    details('More detail for a broker submission: reserves and what you owe clients',
      'Japan asks for an own reserve matching users\' assets kept online; Bahrain for holdings matching what is owed.',
      [
        {name: 'ownReserves', type: 'list', label: 'Own reserves, by asset', itemLabel: 'Reserve',
          addLabel: 'Add a reserve', maxItems: 200, initialRows: 0, item: assetAmount,
          help: 'Your own holdings kept as a reserve against client assets (Japan\'s performance-guarantee reserve).'},
        {name: 'owedToClients', type: 'list', label: 'Owed to clients, by asset', itemLabel: 'Amount owed',
          addLabel: 'Add an amount owed', maxItems: 200, initialRows: 0, item: assetAmount,
          help: 'What you owe clients in each asset (Bahrain: the same type and amount must be held, 1:1).'},
      ]),
  ],
  check(h, pointer) {
    if (typeof h.clientAssetsUsd === 'number' && typeof h.aumUsd === 'number' && h.clientAssetsUsd > h.aumUsd) {
      return [{path: pointer + '/clientAssetsUsd',
        message: 'Above the assets under custody: client assets are part of everything you hold.'}];
    }
    return [];
  },
};

const wallet = {
  fields: [
    {name: 'name', label: 'Wallet name', type: 'text', maxLength: 200, placeholder: 'e.g. cold vault',
      help: 'Your own label; findings refer to it.'},
    {name: 'tier', label: 'Storage tier', type: 'enum', required: true, options: TIERS,
      help: 'Checklist: map storage tiers (cold/warm/hot) to coverage and sub-limits. Each tier is insured, '
        + 'and sub-limited, on its own terms.'},
    usd('valueUsd', 'Value held (USD)',
      'Beginner mistake: buying limits that don\'t match hot-wallet exposure. This is compared with the '
      + 'sub-limit for its tier.', {required: true}),
    {name: 'asset', label: 'Asset held', type: 'text', maxLength: 15, upper: true, short: true, placeholder: 'e.g. BTC',
      ...TICKER, help: 'Empty for a mixed wallet. Bahrain sets its cold-storage floor per asset, not in aggregate.'},
    {name: 'keyScheme', label: 'Key scheme', type: 'enum', options: KEY_SCHEMES,
      help: 'Security tip: enforce MPC or hardware-isolated keys. A single key is a single point of failure.'},
    {name: 'threshold', label: 'Signatures or shares needed', type: 'int', min: 1, max: 1000,
      help: 'The m of an m-of-n scheme: how many must sign to move funds.'},
    {name: 'keyShares', label: 'Signatures or shares that exist', type: 'int', min: 1, max: 1000,
      help: 'The n of an m-of-n scheme; it cannot be below the number needed.'},
    {name: 'hsmFipsLevel', label: 'HSM FIPS 140 level', type: 'enum', options: FIPS_LEVELS, integer: true,
      help: 'Level 3 or above is what underwriters usually read as hardware-isolated keys.'},
    choice('keyStorage', 'Where its keys live', KEY_STORAGE,
      'Underwriters class keys on a general-purpose computer as hot whatever the scheme; an HSM or enclave can make '
        + 'an online wallet warm.'),
    {name: 'keySites', label: 'Sites holding its keys, backups included', type: 'int', min: 1, max: 1000,
      help: 'Empty: the firm-wide number below is used. One site means one fire or break-in can reach the quorum.'},
    bool('online', 'Are its keys online?',
      'Online keys can be reached by an attacker without physical access: the exposure underwriters sub-limit.'),
    {name: 'provider', label: 'Who holds it', type: 'text', maxLength: 200, placeholder: 'in-house, or the vendor',
      help: '"in-house", or the wallet provider or sub-custodian. Beginner mistake: skipping vendor-risk riders for '
        + 'sub-custodians and wallet providers.'},
  ],
  check(wallet, pointer) {
    const errors = [];
    if (Number.isInteger(wallet.threshold) && Number.isInteger(wallet.keyShares) && wallet.threshold > wallet.keyShares) {
      errors.push({path: pointer + '/threshold', message: 'Needs ' + wallet.threshold + ' but only '
          + wallet.keyShares + ' exist: a wallet cannot need more signatures or shares than exist.'});
    }
    return errors;
  },
};

const wallets = {
  name: 'wallets', type: 'list', label: 'Wallets', itemLabel: 'Wallet', addLabel: 'Add a wallet',
  maxItems: 500, initialRows: 1, item: wallet,
  help: 'One row per wallet or wallet pool. Cold: keys kept offline. Warm: online, but signing needs people to '
    + 'approve. Hot: online and signing automatically, the tier most exposed to theft.',
};

const keyHolder = {
  fields: [
    {name: 'role', label: 'Role', type: 'text', maxLength: 100, placeholder: 'e.g. CISO, ops signer',
      help: 'What they do; no names are needed.'},
    {name: 'jurisdiction', label: 'Country they are based in', type: 'country', placeholder: 'e.g. JP',
      help: 'Two-letter code: one quorum in one country shares that country\'s legal and physical risks.'},
    {name: 'site', label: 'Site', type: 'text', maxLength: 200, placeholder: 'e.g. Tokyo HQ',
      help: 'Where they sign or keep their share.'},
    bool('vetted', 'Were their identity and references checked?', 'CCSS 1.04 asks for it at level 1.'),
    date('backgroundCheckDate', 'Last background check', 'CCSS 1.04 asks for background checks at level 3.'),
    {name: 'wallets', label: 'Wallets whose quorum they belong to', type: 'lines', maxItems: 500, maxLength: 200,
      placeholder: 'One wallet name per line; empty for all',
      help: 'The wallet names as given above, one per line. Empty: all wallets.'},
  ],
};

const keyManagement = {
  name: 'keyManagement', type: 'object', flat: true, label: 'Key management',
  fields: [
    bool('hardwareIsolated', 'Are keys MPC or hardware-isolated (HSM)?',
      'Security tip: enforce MPC/hardware-isolated keys. Underwriters scrutinise private-key processes first.'),
    bool('dualControl', 'Does every signing and policy change need two people?',
      'Security tip: dual-control operations. No one person can move funds or change who can.'),
    bool('ceremoniesDocumented', 'Are key ceremonies documented?',
      'Beginner mistake: not documenting key ceremonies. The checklist reviews them, and a claim is easier to prove '
      + 'with a record of how keys were made and held.'),
    bool('accessPoliciesDocumented', 'Are access policies documented?',
      'Beginner mistake: not documenting access policies. Who may touch keys, approve, or change limits.'),
    {name: 'keyLocations', label: 'Distinct sites holding key material', type: 'int', min: 0, max: 1000,
      help: 'Spreading key material across sites limits what one break-in, fire or flood can take.'},
    details('More detail for a broker submission: key holders and CCSS key controls',
      'Underwriters ask where key holders are and how they were vetted; the CryptoCurrency Security Standard (CCSS) '
        + 'grades each of these.',
      [
        {name: 'keyHolders', type: 'list', label: 'Key holders', itemLabel: 'Key holder', addLabel: 'Add a key holder',
          maxItems: 200, initialRows: 0, item: keyHolder,
          help: 'One row per person holding a key or share: one quorum in one city or one site is one event away '
            + 'from a loss.'},
        bool('deterministicWallets', 'Are wallets derived from a private seed, with a new address per transaction?',
          'CCSS 1.02 level 1: deterministic (HD) wallets, so every transaction gets a new address.'),
        {name: 'backups', type: 'object', label: 'Key backups (CCSS 1.03)', fields: [
          bool('held', 'Does a backup of the keys exist, access-controlled and safe from fire and flood?',
            'CCSS 1.03 level 1: a backup in a safe or vault; a key with no backup is one accident from a loss.'),
          bool('coverQuorum', 'Do backups cover at least M keys of every M-of-N set?',
            'So a quorum can be restored if primaries are lost.'),
          bool('offsite', 'Are backups stored away from the primary keys?',
            'A backup in the same vault is lost in the same fire.'),
          bool('encrypted', 'Are backups encrypted as strongly as the primaries?',
            'CCSS level 3 asks for it: a backup is otherwise the weakest copy of the key.'),
          bool('tamperEvident', 'Are backups tamper-evident?', 'Sealed so that any access to them shows.'),
          bool('vendorHeld', 'Does a wallet vendor or recovery service hold a backup key or key share?',
            'Warranty-backed theft cover such as Coincover\'s needs a set-up where the provider holds a backup key.'),
        ]},
        {name: 'authenticationFactors', label: 'Authentication factors to use a key', type: 'int', min: 1, max: 5,
          help: 'CCSS 1.04: two or more factors at level 1, three or more at level 3.'},
        choice('keyHolderChecks', 'How key holders are vetted', KEY_HOLDER_CHECKS,
          'CCSS 1.04: identity and references at level 1, background checks at level 3; insider theft is a named '
            + 'peril.'),
        choice('compromiseProtocol', 'What happens if a key may be compromised', COMPROMISE_PROTOCOLS,
          'CCSS 1.05: a documented protocol with roles at level 2, drilled regularly at level 3.'),
        choice('grantRevoke', 'How key-holder access is granted and revoked', GRANT_REVOKE,
          'CCSS 1.06: someone who knows the system at level 1, written checklists at level 2, an audit trail of every '
            + 'change at level 3.'),
        choice('keyGeneration', 'How keys are generated', KEY_GENERATION,
          'CCSS 1.01: documented at level 1, witnessed at level 2, validated entropy at level 3.'),
      ]),
  ],
};

const assuranceReport = {
  fields: [
    choice('kind', 'Report', ASSURANCE_KINDS,
      'A Type II of either family (SOC or ISAE 3402) shows controls working over a period.', {required: true}),
    date('periodEnd', 'End of the period it covers', 'How current it is.'),
  ],
};

const controls = {
  name: 'controls', type: 'object', flat: true, label: 'Controls',
  fields: [
    bool('mfa', 'Two-factor authentication on all org accounts?',
      'Security tip: use 2FA across org accounts.'),
    bool('withdrawalWhitelists', 'Withdrawals only to whitelisted addresses?',
      'Security tip: withdrawal whitelists limit what a hijacked account can send out.'),
    bool('policyControls', 'Policy controls (limits, approvals) on transactions?',
      'Security tip: policy controls across org accounts.'),
    bool('kycAml', 'Is KYC/AML current for counterparties?',
      'Security tip: keep KYC/AML current for counterparties.'),
    bool('sanctionsScreening', 'Is sanctions screening current?',
      'Security tip: keep sanctions screening current for counterparties.'),
    bool('rfqSegregation', 'Is RFQ (trading) segregated from custody operations?',
      'Security tip: practice RFQ segregation, so traders cannot move custody funds.'),
    bool('leastPrivilege', 'Do ops staff have least-privilege access?',
      'Security tip: least privilege for ops staff limits insider theft and collusion.'),
    bool('tabletopExercises', 'Do you run incident tabletop exercises?',
      'Security tip: run tabletop exercises for incident and claims readiness.'),
    bool('disasterRecoveryTested', 'Has disaster recovery been tested?',
      'Checklist: review audits and controls, disaster recovery among them: can keys be restored after a loss?'),
    {name: 'soc2', label: 'SOC 2 report', type: 'enum', options: SOC2,
      help: 'Checklist: review SOC 2. Type II shows controls working over a period; Type I only that they are '
        + 'designed. Other reports (SOC 1, ISAE 3402) and their dates go under "more detail" below.'},
    bool('independentAudit', 'Independent audit within the last 12 months?',
      'FAQ: completing independent audits is one way to reduce premiums.'),
    bool('securityExpertInDesign', 'Did someone versed in crypto-asset security take part in designing the system?',
      'CCSS 2.01 level 1; a third-party audit or test is level 2, yearly level 3.'),
    bool('transactionScreening', 'Real-time screening of outbound transactions?',
      'FAQ: continuous monitoring and fraud screening (prevention before loss) reduce premiums.'),
    bool('continuousMonitoring', 'Continuous monitoring of wallets and infrastructure?',
      'FAQ: continuous monitoring is one of the levers that reduce premiums.'),
    details('More detail for a broker submission: assurance reports, tests and CCSS',
      'The dates an underwriter checks, and the CCSS aspects beyond key management.',
      [
        {name: 'assuranceReports', type: 'list', label: 'Assurance reports', itemLabel: 'Report',
          addLabel: 'Add a report', maxItems: 20, initialRows: 0, item: assuranceReport,
          help: 'Each report you hold and the end of the period it covers: a report more than a year old is stale.'},
        date('lastPenetrationTest', 'Last third-party penetration test',
          'NYDFS asks for one at least yearly; underwriters ask for the date.'),
        date('lastVulnerabilityScan', 'Last vulnerability assessment', 'NYDFS asks for one at least every quarter.'),
        {name: 'proofOfReserve', type: 'object', label: 'Proof of reserve (CCSS 2.03)', fields: [
          choice('kind', 'How you prove you hold clients\' assets', PROOF_OF_RESERVE,
            'CCSS 2.03: once at level 1, on a schedule at level 2, verifiable on-chain at level 3.'),
          date('lastDate', 'Last proof', 'The date of the last proof of reserve.'),
        ]},
        choice('auditLogs', 'What your audit logs record', AUDIT_LOGS,
          'CCSS 2.04: all user and admin actions at level 2, backed up off-server at level 3.'),
        choice('dataSanitisation', 'How media that held keys are wiped', DATA_SANITISATION,
          'CCSS 2.02: staff who know how at level 1, a written policy at level 2, a log per medium at level 3.'),
        choice('ccssTarget', 'CCSS level you aim for', CCSS_LEVELS,
          'The advisory shows the aspects below this level.', {integer: true}),
        choice('ccssClaimed', 'CCSS level you say you meet', CCSS_LEVELS,
          'Checked against your answers: a claim above them is worth correcting before a broker reads it.',
          {integer: true}),
      ]),
    details('More detail for a broker submission: client assets and incident reporting',
      'What regulators ask of a custodian of client assets.',
      [
        choice('clientAssetSegregation', 'How client assets are kept apart', SEGREGATION,
          'NYDFS and VARA ask that client assets are not commingled; omnibus wallets need records per client.'),
        choice('reconciliation', 'How often client balances are reconciled', RECONCILIATION,
          'Singapore asks for daily reconciliation of customer assets.'),
        {name: 'incidentReporting', type: 'object', label: 'Incident notice to your regulator', fields: [
          {name: 'initialHours', label: 'Hours to the initial report', type: 'int', min: 0, max: 8760,
            help: 'From classifying an incident: DORA asks for 4 hours, NYDFS for 72.'},
          {name: 'extortionHours', label: 'Hours to notice of an extortion payment', type: 'int', min: 0, max: 8760,
            help: 'NYDFS asks for 24 hours.'},
        ]},
      ]),
  ],
};

const subCustodian = {
  // a sub-custodian known by name only is written as its name, the short form the profile also accepts
  compact: 'name',
  fields: [
    {name: 'name', label: 'Name', type: 'text', required: true, maxLength: 200, placeholder: 'e.g. Fireblocks',
      help: 'As it appears as a wallet\'s provider above, so the two are read together.'},
    details('More detail: their cover and assurance',
      'A broker asks whether their insurance would pay for your clients\' loss.',
      [
        usd('insuranceLimitUsd', 'Their insurance limit (USD)', 'The limit of their own crime or specie cover.'),
        bool('namesFirm', 'Does their policy name you (or your clients)?',
          'FAQ: ask who the named insureds are; a policy that does not name you may pay nothing for your loss.'),
        {name: 'assuranceReport', type: 'object', label: 'Their latest assurance report', fields: [
          choice('kind', 'Report', ASSURANCE_KINDS, 'Their own SOC or ISAE report.'),
          date('periodEnd', 'End of the period it covers', 'How current it is.'),
        ]},
        bool('regulatorApproved', 'Did your regulator approve relying on them?',
          'NYDFS asks for prior approval of a new sub-custodian.'),
      ]),
  ],
};

const activities = {
  name: 'activities', type: 'object', flat: true, label: 'Activities',
  fields: [
    bool('staking', 'Do you stake assets?',
      'FAQ: staking can be insured with staking/slashing riders or separate policies; custody crime cover '
        + 'does not include slashing.'),
    usd('stakedUsd', 'Value staked (USD)', 'Sizes the slashing cover you would need.'),
    bool('defi', 'Do assets go through DeFi protocols?',
      'Smart-contract risk often requires additional cover alongside custody.'),
    bool('smartContracts', 'Do custody workflows use your own smart contracts?',
      'Programmatic, on-chain flows tied to custody are the on-chain leg that custody policies leave out.'),
    bool('tradingDesk', 'Do you run a trading desk (OTC, RFQ or proprietary trading)?',
      'Security tip: RFQ segregation applies where there is trading to keep apart from custody.'),
    choice('custodyModel', 'Who holds the keys?', CUSTODY_MODELS,
      'Key-ceremony and key-isolation evidence comes from whoever holds the keys: you, or your sub-custodian or '
        + 'vendor.'),
    bool('embeddedWallets', 'Do you offer wallets or custody to end customers inside your own product?',
      'Conclusion: protection embedded in a product (Coincover, Breach) fits firms whose customers hold assets in it.'),
    bool('rehypothecation', 'Are client assets lent, pledged or used as collateral?',
      'VARA, NYDFS and the SEC expect client assets not to be rehypothecated; underwriters ask.'),
    bool('separateCustodyEntity', 'Is custody run by a legal entity separate from trading?',
      'VARA asks for a separate custody entity.'),
    {name: 'subCustodians', type: 'list', label: 'Sub-custodians and wallet vendors you rely on',
      itemLabel: 'Sub-custodian or vendor', addLabel: 'Add a sub-custodian or vendor', maxItems: 100, initialRows: 0,
      item: subCustodian,
      help: 'Beginner mistake: skipping vendor-risk riders for sub-custodians and wallet providers. Their own cover '
        + 'matters only if it names you.'},
  ],
  check(a, pointer) {
    if (a.staking === false && typeof a.stakedUsd === 'number' && a.stakedUsd > 0) {
      return [{path: pointer + '/stakedUsd',
        message: 'You answered No to staking: either you stake, or nothing is staked.'}];
    }
    return [];
  },
};

const policy = {
  fields: [
    {name: 'line', label: 'Line of cover', type: 'enum', required: true, options: POLICY_LINES,
      help: 'Beginner mistake: assuming cyber insurance = custody crime coverage. Crime covers employee dishonesty '
        + 'and external theft; specie covers physical loss or damage in secure storage.'},
    {name: 'carrier', label: 'Carrier', type: 'text', maxLength: 200, placeholder: 'insurer or syndicate',
      help: 'Who writes it; the report names policies by line and carrier.'},
    usd('limitUsd', 'Limit (USD)', 'The most the policy pays. Checklist: align limits with AUM, TVL and the '
      + 'worst-case loss.', {required: true}),
    usd('deductibleUsd', 'Deductible (USD)', 'What you bear of each loss: out of proportion to the limit, '
      + 'most of a loss stays with you.'),
    usd('attachmentUsd', 'Attaches above (USD), for an excess layer',
      'Empty for a primary policy. For a layer of a tower, the loss above which it starts to pay.'),
    bool('followForm', 'Does this layer follow the primary\'s form?',
      'A follow-form layer takes the primary\'s terms, perils and tier structure, within its own limit.'),
    {name: 'tierSublimitsUsd', label: 'Sub-limits by storage tier (USD)', type: 'sublimits',
      help: 'Leave all three empty when the whole limit applies to every tier. Once one is filled, a tier left empty '
        + 'is not covered. Beginner mistake: a hot sub-limit below hot-wallet exposure.'},
    {name: 'covers', label: 'Perils the wording names', type: 'multi', options: PERILS,
      help: 'Checklist: validate wordings and exclusions (internal theft, collusion, social engineering, vendor '
        + 'breaches). Tick only what the wording actually covers.'},
    bool('wordingReviewed', 'Has the wording, exclusions included, been reviewed?',
      'Red flag: vague wordings. Coverage varies widely by wording.'),
    bool('tierDefinitionsClear', 'Does the wording define hot, warm and cold?',
      'FAQ: verify hot/warm/cold definitions; a sub-limit means little if the tier is not defined.'),
    bool('keyCompromiseDefined', 'Does the wording define key compromise?',
      'Red flag: no clarity on key compromise.'),
    bool('reinsuranceDisclosed', 'Is the reinsurance backing disclosed?',
      'Checklist: query reinsurance backing and panel stability.'),
    {name: 'basis', label: 'Basis of cover', type: 'enum', options: BASES,
      help: 'FAQ: are "insured" claims enough? Check whether cover is platform-wide, per-customer, '
        + 'warranty-backed or contingent.'},
    bool('firmIsNamedInsured', 'Is your firm a named insured?',
      'FAQ: ask who the named insureds are. If you are not one, you may have no claim of your own.'),
    details('More detail: terms for MiCA own funds',
      'Insurance can stand in for MiCA own funds only with a year\'s term, 90 days\' notice and custody liability '
        + 'cover.',
      [
        bool('usedForOwnFunds', 'Is this policy counted toward your MiCA own funds?',
          'Then its terms below are what a regulator checks.'),
        {name: 'termMonths', label: 'Policy term (months)', type: 'int', min: 1, max: 120,
          help: 'MiCA, as applied in France: at least 12 months.'},
        {name: 'cancellationNoticeDays', label: 'Notice the insurer must give to cancel (days)', type: 'int', min: 0,
          max: 3650, help: 'At least 90 days for own-funds purposes.'},
        bool('custodyLiabilityCovered', 'Does it cover your liability for clients\' assets lost in custody?',
          'One of the risks an own-funds policy must name.'),
      ]),
  ],
  check(p, pointer) {
    const errors = [];
    if (typeof p.limitUsd === 'number' && typeof p.deductibleUsd === 'number' && p.deductibleUsd > 0
        && p.deductibleUsd >= p.limitUsd) {
      errors.push({path: pointer + '/deductibleUsd', message: 'At or above the limit: the policy could never pay.'});
    }
    const subs = p.tierSublimitsUsd;
    if (typeof p.limitUsd === 'number' && subs && typeof subs === 'object') {
      for (const [tier, value] of Object.entries(subs)) {
        if (typeof value === 'number' && value > p.limitUsd) {
          errors.push({path: pointer + '/tierSublimitsUsd/' + tier,
            message: 'Above the policy limit: a sub-limit cannot exceed the limit.'});
        }
      }
    }
    return errors;
  },
};

const loss = {
  fields: [
    date('date', 'Discovered on', 'When the loss was discovered: cover responds to losses discovered in its period.',
      {required: true}),
    usd('amountUsd', 'Amount lost (USD)', 'The amount or your best estimate.'),
    choice('cause', 'Cause', LOSS_CAUSES,
      'A social-engineering loss raises the voluntary-parting exclusion many crime forms carry.'),
    choice('status', 'Where it stands', LOSS_STATUSES,
      'An open loss must be notified within the notice period, often 90 days.'),
    {name: 'notifiedUnder', label: 'Notified under (carrier)', type: 'text', maxLength: 200,
      placeholder: 'as named on the policy', help: 'The carrier of the policy it was notified under.'},
  ],
};

const insurance = {
  name: 'insurance', type: 'object', flat: true, label: 'Insurance',
  fields: [
    bool('brokerEngaged', 'Have you engaged a specialist broker?',
      'Beginner mistake: waiting until after an incident to engage a broker or insurer.'),
    bool('claimsPlaybook', 'Do you have a claims playbook?',
      'Checklist: ask for claims playbooks: who does what, in what order, after a loss.'),
    bool('incidentResponseTimeline', 'Do you know the incident response and notice timelines?',
      'Checklist: ask for incident response timelines; missing a notice deadline can put a claim at risk.'),
    bool('openIncident', 'Is a loss event known or under way?',
      'Cover bought after a loss is known will not pay for it: engage a broker now rather than after an incident.'),
    {name: 'lossHistory', type: 'list', label: 'Losses in the last years', itemLabel: 'Loss', addLabel: 'Add a loss',
      maxItems: 100, initialRows: 0, item: loss,
      help: 'Underwriters ask for every loss, claimed or not; an open one changes what can be bought. None? Leave '
        + 'this empty.'},
    {name: 'policies', type: 'list', label: 'Policies', itemLabel: 'Policy', addLabel: 'Add a policy',
      maxItems: 100, initialRows: 0, item: policy,
      help: 'Each policy or warranty you hold or have been quoted; each layer of a tower is one policy. None yet? '
        + 'Leave this empty: the advisory will say what to place first.'},
    details('More detail for a broker submission: the cover you seek',
      'What you ask the market for at renewal, and any compensation arrangement beside insurance.',
      [
        {name: 'requested', type: 'object', label: 'Cover you seek', fields: [
          usd('limitUsd', 'Limit sought (USD)', 'What you ask the market for.'),
          usd('retentionUsd', 'Retention you will carry (USD)', 'The part of each loss you keep.'),
          date('renewalDate', 'Renewal date', 'Work back from it: brokers want submissions months ahead.'),
          {name: 'incumbentCarriers', label: 'Carriers on your current programme', type: 'lines', maxItems: 50,
            maxLength: 200, placeholder: 'One carrier per line', help: 'One per line.'},
        ]},
        {name: 'compensationArrangement', type: 'object', label: 'Compensation arrangement', fields: [
          bool('approved', 'Is a regulator-approved compensation arrangement in place?',
            'Hong Kong accepts one beside or instead of insurance for its cover floor.'),
          usd('amountUsd', 'What it would pay (USD)', 'Counted with your own insurance against that floor.'),
        ]},
      ]),
  ],
};

const approvalBand = {
  fields: [
    usd('aboveUsd', 'For withdrawals above (USD)', 'The band starts above this amount; 0 for every withdrawal.',
      {required: true}),
    {name: 'approvers', label: 'People who must approve', type: 'int', min: 1, max: 100, required: true,
      help: 'Dual control means at least two.'},
  ],
};

const operations = {
  name: 'operations', type: 'object', flat: true, label: 'Operations',
  fields: [
    details('More detail for a broker submission: outflows, sweeps and approvals',
      'Underwriters size the hot float to what is paid out, and ask who approves large withdrawals.',
      [
        usd('avgDailyOutflowUsd', 'Average daily outflow (USD)', 'What is withdrawn on a usual day.'),
        usd('peakDailyOutflowUsd', 'Peak daily outflow over the last year (USD)',
          'Hot balances beyond what is paid out on a busy day are exposure with no purpose.'),
        usd('largestWithdrawalUsd', 'Largest single withdrawal over the last year (USD)',
          'Sizes the approvals a withdrawal of that size should need.'),
        choice('coldSweep', 'How often hot balances above the float go back to cold', SWEEPS,
          'Keep hot balances to what is paid out while cold funds are moved.'),
        {name: 'withdrawalApprovalBands', type: 'list', label: 'Withdrawal approvals by size', itemLabel: 'Band',
          addLabel: 'Add a band', maxItems: 20, initialRows: 0, item: approvalBand,
          help: 'How many people must approve a withdrawal above each amount.'},
      ]),
  ],
};

const needs = {
  name: 'needs', type: 'multi', label: 'What do you want from your programme?', options: NEEDS,
  help: 'Optional: more needs are derived from your answers. Providers are matched on these.',
};

const waiver = {
  fields: [
    {name: 'id', label: 'Finding id', type: 'text', required: true, maxLength: 100, list: 'rule-ids',
      pattern: /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, patternMessage: 'A finding id in capitals, e.g. CL-REINSURANCE.',
      help: 'The id shown on the finding, e.g. CL-REINSURANCE.'},
    {name: 'reason', label: 'Why you accept it', type: 'textarea', required: true, maxLength: 1000,
      help: 'Stays in the report next to the finding, for the broker to read.'},
    {name: 'expires', label: 'Accepted until', type: 'date',
      help: 'After this day the finding counts again.'},
  ],
};

const waivers = {
  name: 'waivers', type: 'list', label: 'Accepted findings', itemLabel: 'Accepted finding',
  addLabel: 'Accept a finding', maxItems: 100, initialRows: 0, item: waiver, titled: false,
  help: 'A finding you accept, with your reason, stays in the report marked as accepted and no longer counts '
    + 'toward the verdict. Most people leave this empty on a first assessment.',
};

/** The sections of the page, in order; each lists the profile's top-level fields it asks about. */
export const SECTIONS = [
  {id: 'firm', title: 'Firm', fields: [firm],
    intro: 'Who holds the assets and where: eligibility starts with your domicile and regions.'},
  {id: 'holdings', title: 'Holdings and wallets', fields: [holdings, wallets],
    intro: 'How much you hold and in which storage tier. Insurers price each tier, and sub-limit it, differently.'},
  {id: 'keys', title: 'Key management', fields: [keyManagement],
    intro: 'Underwriting rigour starts with private keys: how they are isolated, controlled and documented. '
      + 'Answer "Not sure" where you cannot confirm: the advisory will say "not confirmed".'},
  {id: 'controls', title: 'Controls', fields: [controls],
    intro: 'The security and compliance controls underwriters ask about, and audits that prove them.'},
  {id: 'activities', title: 'Activities', fields: [activities],
    intro: 'Staking, DeFi and vendors extend your risk beyond what custody crime policies cover.'},
  {id: 'insurance', title: 'Insurance', fields: [insurance],
    intro: 'The cover you hold or are quoting, your losses, and how ready you are to claim.'},
  {id: 'operations', title: 'Operations (optional)', fields: [operations],
    intro: 'How assets move day to day: for a broker\'s submission.'},
  {id: 'needs', title: 'Needs', fields: [needs], intro: 'What you are looking for from a provider.'},
  {id: 'waivers', title: 'Accepted findings (optional)', fields: [waivers]},
];

/** The profile as one object field, for walking it whole. */
export const PROFILE = {name: '', type: 'object', fields: SECTIONS.flatMap(s => s.fields)};

/** Top-level fields the schema requires. */
export const REQUIRED_TOP = ['firm', 'holdings'];
