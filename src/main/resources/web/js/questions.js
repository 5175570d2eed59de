// The questionnaire: one entry per profile field, in the profile's own shape, so the page can build the
// form, read it back into a profile, fill it from a file and validate it from this one description.
// Limits mirror src/main/resources/schema/profile.schema.json; help texts say why each question matters,
// in the words of the custody insurance guide the rules come from.

import {
  BASES, FIPS_LEVELS, FIRM_TYPES, KEY_SCHEMES, NEEDS, PERILS, POLICY_LINES, REGIONS, SOC2, TIERS,
} from './options.js';

const USD_MAX = 1e15;

const usd = (name, label, help, extra = {}) => ({name, label, help, type: 'usd', min: 0, max: USD_MAX, ...extra});
const bool = (name, label, help) => ({name, label, help, type: 'bool'});

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
  ],
};

const holdings = {
  name: 'holdings', type: 'object', label: 'Holdings',
  fields: [
    usd('aumUsd', 'Assets under custody (USD)',
      'Checklist: align limits and deductibles with AUM, TVL and worst-case loss scenarios. You can type 300000000, '
      + '300,000,000 or 300m.', {required: true}),
    usd('tvlUsd', 'Value locked in on-chain / DeFi workflows (USD)',
      'Value in smart contracts or DeFi is exposed to risks custody crime policies leave out; it sizes any '
      + 'smart-contract cover.'),
  ],
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
    {name: 'keyScheme', label: 'Key scheme', type: 'enum', options: KEY_SCHEMES,
      help: 'Security tip: enforce MPC or hardware-isolated keys. A single key is a single point of failure.'},
    {name: 'threshold', label: 'Signatures or shares needed', type: 'int', min: 1, max: 1000,
      help: 'The m of an m-of-n scheme: how many must sign to move funds.'},
    {name: 'keyShares', label: 'Signatures or shares that exist', type: 'int', min: 1, max: 1000,
      help: 'The n of an m-of-n scheme; it cannot be below the number needed.'},
    {name: 'hsmFipsLevel', label: 'HSM FIPS 140 level', type: 'enum', options: FIPS_LEVELS, integer: true,
      help: 'Level 3 or above is what underwriters usually read as hardware-isolated keys.'},
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
      help: 'Checklist: review SOC 2. Type II shows controls working over a period; Type I only that they are designed.'},
    bool('independentAudit', 'Independent audit within the last 12 months?',
      'FAQ: completing independent audits is one way to reduce premiums.'),
    bool('transactionScreening', 'Real-time screening of outbound transactions?',
      'FAQ: continuous monitoring and fraud screening (prevention before loss) reduce premiums.'),
    bool('continuousMonitoring', 'Continuous monitoring of wallets and infrastructure?',
      'FAQ: continuous monitoring is one of the levers that reduce premiums.'),
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
    {name: 'subCustodians', label: 'Sub-custodians and wallet vendors you rely on', type: 'lines',
      maxItems: 100, maxLength: 200, placeholder: 'One name per line',
      help: 'Beginner mistake: skipping vendor-risk riders for sub-custodians and wallet providers. One name per line.'},
  ],
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
  ],
  check(p, pointer) {
    const errors = [];
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
    {name: 'policies', type: 'list', label: 'Policies', itemLabel: 'Policy', addLabel: 'Add a policy',
      maxItems: 100, initialRows: 0, item: policy,
      help: 'Each policy or warranty you hold or have been quoted. None yet? Leave this empty: the advisory will '
        + 'say what to place first.'},
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
    intro: 'The cover you hold or are quoting, and how ready you are to claim on it.'},
  {id: 'needs', title: 'Needs', fields: [needs], intro: 'What you are looking for from a provider.'},
  {id: 'waivers', title: 'Accepted findings (optional)', fields: [waivers]},
];

/** The profile as one object field, for walking it whole. */
export const PROFILE = {name: '', type: 'object', fields: SECTIONS.flatMap(s => s.fields)};

/** Top-level fields the schema requires. */
export const REQUIRED_TOP = ['firm', 'holdings'];
