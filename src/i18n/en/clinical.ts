/**
 * English, the source of every translation: everything the app says about health. Written from
 * docs/clinical-content.md (the reference for every statement) and reviewed as docs/guidance.md, which
 * `npm run guidance-doc` renders from this file and the rules. A translation of this file needs a
 * clinician's review, not a machine's.
 *
 * Wording rules (clinical-content.md §6): "can be a sign of", "worth getting checked", "this app cannot rule
 * this out"; never a diagnosis, a score or a probability; medicines only ever "ask your prescriber or
 * pharmacist".
 */
import type { Evidence, LearnParagraphId, LearnSectionId, TipId } from '../../domain/guidance/content';
import type { QuestionId } from '../../domain/guidance/questions';
import type { FindingId, RefId, Tier } from '../../domain/guidance/rules';

const YNU = { yes: 'Yes', no: 'No', unsure: 'Not sure' };

/** A question's words: its text, an optional hint, a few words for "what we noticed", and its options. */
export interface QuestionText {
  text: string;
  hint?: string;
  short: string;
  options?: Readonly<Record<string, string>>;
}

const QUESTIONS: Readonly<Record<QuestionId, QuestionText>> = {
  'sudden-cold-leg': { text: 'Right now, has a leg or foot suddenly turned cold, pale or blue, or gone numb or weak?', hint: 'Compare it with the other leg. Stiffness during a cramp is not what this asks about.', short: 'A leg or foot suddenly cold, pale, blue, numb or weak', options: YNU },
  'chest-symptoms': { text: 'Right now, are you breathless, or do you have chest pain, or are you coughing up blood?', short: 'Breathlessness, chest pain or coughing blood', options: YNU },
  'calf-swollen-now': { text: 'Right now, is one calf swollen, or warm and red?', hint: 'Compare it with the other calf. Soreness for a few hours after a cramp is expected and is not what this asks about.', short: 'One calf swollen, or warm and red', options: YNU },
  age: { text: 'How old are you?', short: 'Age', options: { 'under-18': 'Under 18', '18-49': '18 to 49', '50-64': '50 to 64', '65-plus': '65 or over', 'prefer-not': 'Prefer not to say' } },
  diabetes: { text: 'Do you have diabetes?', short: 'Diabetes', options: { no: 'No', 'type-1': 'Type 1', 'type-2': 'Type 2', prediabetes: 'Prediabetes', unsure: 'Not sure' } },
  smoking: { text: 'Do you smoke?', short: 'Smoking', options: { never: 'Never smoked', former: 'Used to smoke', current: 'Smoke now', 'prefer-not': 'Prefer not to say' } },
  conditions: {
    text: 'Has a clinician told you that you have any of these?', hint: 'Choose all that apply.', short: 'Conditions',
    options: {
      'high-blood-pressure': 'High blood pressure', 'high-cholesterol': 'High cholesterol', kidney: 'Kidney disease or dialysis',
      liver: 'Liver disease', thyroid: 'Thyroid disease', 'heart-or-stroke': 'Heart disease or a stroke',
      'leg-artery': 'Narrowed arteries in the legs', neuropathy: 'Nerve damage in the feet (neuropathy)',
      'spinal-stenosis': 'Spinal stenosis', parkinsons: "Parkinson's disease", none: 'None of these', unsure: 'Not sure',
    },
  },
  'family-leg-artery': { text: 'Has a parent, brother or sister had narrowed arteries in the legs?', short: 'Family history of narrowed leg arteries', options: YNU },
  pregnant: { text: 'Are you pregnant?', short: 'Pregnancy', options: { yes: 'Yes', no: 'No', 'not-applicable': 'Does not apply', 'prefer-not': 'Prefer not to say' } },
  'alcohol-per-week': { text: 'About how many alcoholic drinks do you have in a week?', hint: 'Leave empty if you prefer not to say.', short: 'Drinks a week' },
  activity: { text: 'How active are your days?', short: 'Activity', options: { 'mostly-sitting': 'Mostly sitting', 'some-walking': 'Some walking', 'on-feet': 'On my feet all day', 'hard-training': 'Hard training or sport' } },
  medicines: {
    text: 'Do you take any of these medicines?', hint: 'Choose all that apply. This only helps you talk to your prescriber: never stop or change a medicine because of this app.', short: 'Medicines',
    options: {
      thiazide: 'A thiazide water tablet (such as bendroflumethiazide or hydrochlorothiazide)', 'potassium-sparing': 'A potassium-sparing water tablet (such as spironolactone or amiloride)',
      laba: 'A long-acting inhaler for breathing (such as salmeterol or formoterol)', 'raloxifene-oestrogen': 'Raloxifene, or oestrogen', teriparatide: 'Teriparatide',
      naproxen: 'Naproxen', 'iv-iron': 'Iron given into a vein', statin: 'A statin (for cholesterol)', 'loop-diuretic': 'A loop water tablet (such as furosemide)',
      quinine: 'Quinine', none: 'None of these', unsure: 'Not sure',
    },
  },
  'medicine-change': { text: 'Have you started or changed a medicine in the last 3 months?', short: 'A medicine started or changed in the last 3 months', options: YNU },
  'limit-fluids': { text: 'Has a clinician told you to limit how much you drink?', short: 'Told to limit fluids', options: YNU },
  where: {
    text: 'Where do your cramps usually happen?', hint: 'Choose all that apply.', short: 'Where',
    options: { toes: 'Toes', ball: 'Ball of the foot', arch: 'Arch or sole', heel: 'Heel', top: 'Top of the foot', ankle: 'Ankle', calf: 'Calf', shin: 'Shin', thigh: 'Thigh', unsure: 'Not sure' },
  },
  side: { text: 'Which side?', short: 'Side', options: { left: 'Left', right: 'Right', both: 'Both', varies: 'It varies' } },
  'usual-length': { text: 'How long does a cramp usually last?', short: 'Usual length', options: { 'under-1': 'Under a minute', '1-10': '1 to 10 minutes', 'over-10': 'Over 10 minutes', unsure: 'Not sure' } },
  eases: {
    text: 'What eases a cramp for you?', hint: 'Choose all that apply.', short: 'What eases it',
    options: { 'toes-up': 'Pulling the toes up', 'stand-walk': 'Standing or walking', massage: 'Massage', 'hang-foot': 'Hanging the foot down over the bed', nothing: 'Nothing helps' },
  },
  'long-unrelieved': { text: 'In the last week, have you had a cramp that lasted over 10 minutes and did not ease with stretching?', short: 'In the last week, a cramp over 10 minutes that stretching did not ease', options: YNU },
  'walking-pain': { text: 'Does walking bring on pain in your legs?', short: 'Pain brought on by walking', options: YNU },
  'walking-starts-at-rest': { text: 'Does that pain ever start while you are standing still or sitting?', short: 'Walking pain that can start at rest', options: YNU },
  'walking-eases-10': { text: 'Does it go away within 10 minutes of standing still?', short: 'Walking pain that goes within 10 minutes of rest', options: YNU },
  'walking-where': {
    text: 'Where do you feel the pain when you walk?', hint: 'Choose all that apply.', short: 'Where walking hurts',
    options: { calf: 'Calf', thigh: 'Thigh', buttock: 'Buttock', foot: 'Foot', other: 'Somewhere else', unsure: 'Not sure' },
  },
  'rest-toe-pain': { text: 'Do you get burning or aching toes or front of the foot at rest, that eases when you hang the foot down or sleep in a chair?', short: 'Toe or forefoot pain at rest, eased by hanging the foot down', options: YNU },
  'wound-or-dark-skin': { text: 'Is there a wound on a foot or leg that has not healed in 2 weeks, or darkened skin on a toe?', short: 'A wound not healing for 2 weeks, or darkened toe skin', options: YNU },
  'nerve-symptoms': {
    text: 'Do you have any of these in your feet or legs?', hint: 'Choose all that apply.', short: 'Nerve symptoms',
    options: { numbness: 'Numbness', burning: 'Burning pain', prickling: 'Prickling or pins and needles', 'bedclothes-hurt': 'Bedclothes hurt to touch', 'hot-cold': 'Cannot tell hot from cold water', none: 'None of these', unsure: 'Not sure' },
  },
  weakness: { text: 'Have you noticed weakness, muscles getting smaller, or visible twitching under the skin?', short: 'Weakness, shrinking muscles or twitching', options: YNU },
  'urge-to-move': { text: 'In the evening, do you get an urge to move your legs that eases when you move them?', short: 'An evening urge to move the legs, eased by moving', options: YNU },
  'diabetic-foot': { text: 'Right now, do you have a wound or sore on a foot that looks infected, or a foot that is red, hot and swollen, with or without a fever?', short: 'An infected-looking foot wound, or a red, hot, swollen foot', options: YNU },
  'dirty-wound': { text: 'In the last few days, have you had a dirty wound, or been in contact with a poison or toxin?', short: 'A recent dirty wound or contact with a toxin', options: YNU },
  'frequent-nights': { text: 'Have you had cramps on 3 or more nights a week for at least 2 weeks?', short: 'Cramps on 3 or more nights a week for 2 weeks', options: YNU },
  'self-care-6-weeks': { text: 'Have you tried stretching and other self-care for 6 weeks without things getting better?', short: 'No better after 6 weeks of self-care', options: { yes: 'Yes, no better', no: 'No, or it helped', 'not-tried': 'Not tried yet' } },
  'sleep-effect': { text: 'How much do cramps disturb your sleep?', hint: '0 not at all, 10 completely.', short: 'Effect on sleep (0-10)' },
};

export const clinical = {
  evidence:   {
    good: 'Evidence: good',
    mixed: 'Evidence: mixed',
    weak: 'Evidence: weak',
    none: 'Evidence: none',
  } satisfies Record<Evidence, string>,
  /** For advice against something: how good the evidence is that it does not help. */
  evidenceAgainst:   {
    good: 'Evidence that it does not help: good',
    mixed: 'Evidence that it does not help: mixed',
    weak: 'Evidence that it does not help: weak',
    none: 'Evidence that it does not help: none',
  } satisfies Record<Evidence, string>,
  references:   {
    R1: 'Allen & Kirby, Nocturnal Leg Cramps, Am Fam Physician 2012',
    R3: 'Katzberg et al., AAN guideline on symptomatic treatment for muscle cramps, 2010 (reaffirmed 2016)',
    R4: 'NICE Clinical Knowledge Summaries, Leg cramps',
    R5: 'Garrison et al., Magnesium for skeletal muscle cramps, Cochrane 2020 (and its 2012 version)',
    R6: 'Hallegraeff et al., Stretching before sleep reduces nocturnal leg cramps, J Physiother 2012',
    R7: 'Coppin et al., Stretching for night cramps, BJGP 2005',
    R8: 'Hallegraeff et al., Criteria for nocturnal leg cramps, BMC Fam Pract 2017',
    R9: 'Garrison et al., Medicines and nocturnal leg cramps, Arch Intern Med 2012',
    R10: 'Garrison et al., Seasonal variation in nocturnal leg cramps, CMAJ 2015',
    R11: 'Delacour et al., Alcohol and nocturnal leg cramps, Ann Fam Med 2018',
    R12: 'Delacour et al., Physical activity and nocturnal leg cramps, Sci Rep 2020',
    R16: 'NHS, Leg cramps',
    R17: 'AHA/ACC guidelines on lower-extremity peripheral artery disease, 2016 and 2024',
    R18: 'USPSTF, Ankle-brachial index screening, 2018',
    R19: 'Leng & Fowkes, Edinburgh Claudication Questionnaire, 1992',
    R20: 'Michigan Neuropathy Screening Instrument; Herman et al., Diabet Med 2012',
    R22: 'Assessment of acute and chronic limb ischaemia (rest pain eased by hanging the leg down)',
    R23: 'BMJ clinical update on chronic limb-threatening ischaemia',
    R24: 'NHS, Deep vein thrombosis',
    R25: 'NICE NG19, Diabetic foot problems, 2015',
    R26: 'NICE NG89, Venous thromboembolism, 2018 (no anti-embolism stockings with suspected artery disease or neuropathy)',
    R27: 'MHRA advice on quinine for leg cramps',
    R30: 'Cochrane review of leg cramps in pregnancy, 2020',
    R31: 'Singh et al., Fasciculations and cramps, J Neurol 2011',
  } satisfies Record<RefId, string>,
  questions: QUESTIONS,
  tiers:   {
    emergency: { title: 'Call emergency services now', lead: 'What you described can be a sign of a problem that needs help straight away. This app cannot rule it out.' },
    'check-now': { title: 'Check now', lead: 'You were not sure about a sign that can need help straight away. Check it now; if the answer is yes, act on it as said below.' },
    'urgent-today': { title: 'Get seen today', lead: 'What you described is worth getting checked today, by your doctor, an urgent care service or a nurse line.' },
    'urgent-soon': { title: 'Get a circulation check today or tomorrow', lead: 'What you described can be a sign of poor circulation in the legs, which is worth getting checked today or tomorrow.' },
    clinician: { title: 'Worth talking to a clinician', lead: 'Book an appointment and bring your Crampnote report. This app cannot rule anything out: if something changes or gets worse, get checked sooner.' },
    'self-care': { title: 'Things you can try', lead: 'These are the things worth trying, with how good the evidence is.' },
  } satisfies Record<Tier, { title: string; lead: string }>,
  /** Said above the self-care tips only when nothing urgent was found. */
  selfCareCalm: 'Night cramps are common, and most are not a sign of anything serious.',
  /** Under 18: a notice of its own, in place of the findings and tips for adults. */
  minorNotice:   {
    title: 'Crampnote is made for adults',
    text: 'Cramps in children and teenagers can have other causes, and the advice here is written for adults. Talk to a parent or carer, and a doctor. For the emergency signs, the Emergency signs page always applies.',
  },
  /** Emergency and same-day signs reported earlier: dated, never an instruction. */
  reportedEarlier:   {
    title: 'Reported earlier',
    lead: 'These were reported before and are kept here with their date. If one is happening now, see Emergency signs.',
  },
  findings: {
    'acute-limb': { title: 'A leg or foot that suddenly turns cold, pale or blue, numb or weak', action: 'This can be a sign of a blocked artery. Call emergency services now.' },
    'chest-or-breathing': { title: 'Breathlessness, chest pain or coughing blood', action: 'This can be a sign of a clot in the lungs or a heart problem. Call emergency services now.' },
    'check-acute-limb': { title: 'Check your legs and feet now', action: 'Compare one leg with the other. Is one colder, paler or bluer, numb or weak, and did it start suddenly? If yes, call {number} now.' },
    'check-chest': { title: 'Check your breathing and chest now', action: 'Are you short of breath, is there pain in your chest, or are you coughing up blood? If yes, call {number} now.' },
    'check-calf': { title: 'Check your calves now', action: 'Compare one calf with the other. Is one swollen, or warm and red? If yes, get seen today. If it is also hard to breathe, call {number}.' },
    'check-long-cramp': { title: 'Think back over the last week', action: 'Did a cramp last over 10 minutes without easing when you stretched? If yes, or if it is happening now, get seen today.' },
    'check-dirty-wound': { title: 'Check for a dirty wound or a toxin', action: 'Have you had a dirty wound, or contact with a poison or toxin, in the last few days? If yes, get seen today.' },
    'check-diabetic-foot': { title: 'Check your feet now', action: 'Look at both feet. Is there a wound or sore that looks infected, or is a foot red, hot and swollen? If yes, contact your diabetes foot team or get seen today.' },
    'calf-clot-signs': { title: 'One calf swollen, or warm and red', action: 'This can be a sign of a clot in a leg vein; a clot can feel like a cramp. Get seen today.' },
    'long-cramp-unrelieved': { title: 'A cramp over 10 minutes that stretching did not ease', action: 'Cramps usually pass within minutes. One that lasts and does not ease is worth getting checked today.' },
    'dirty-wound': { title: 'A recent dirty wound or contact with a toxin', action: 'Muscle spasms after a dirty wound or a toxin can need treatment. Get seen today.' },
    'diabetic-foot': { title: 'A foot wound that looks infected, or a red, hot, swollen foot, with diabetes', action: 'Foot problems with diabetes can get worse quickly, more so with a fever. Contact your diabetes foot team or get seen today.' },
    'rest-pain-dependency': { title: 'Toe or forefoot pain at rest, eased by hanging the foot down', action: 'Pain at rest that eases when the foot hangs down can be a sign of poor circulation. Ask for a circulation check today or tomorrow.' },
    'wound-or-dark-skin': { title: 'A wound that is not healing, or darkened toe skin', action: 'These can be signs of poor circulation. Ask for a circulation check today or tomorrow.' },
    'hang-foot-with-risk': { title: 'Hanging the foot down is what helps, and your answers match a circulation risk group', action: 'Pain that eases when the foot hangs down can be a sign of poor circulation. Ask for a circulation check today or tomorrow, and show this to the clinician.' },
    pregnancy: { title: 'Cramps in pregnancy', action: 'Leg cramps are common in pregnancy. Talk to your midwife or maternity team before trying any remedy.' },
    'sleep-or-frequency': { title: 'Cramps that disturb sleep or come often', action: 'Frequent cramps, or cramps that spoil your sleep, are worth talking through with a clinician.' },
    'weakness-twitching': { title: 'Weakness, shrinking muscles or twitching', action: 'Together with cramps these are worth getting checked, to look at the nerves and muscles.' },
    claudication: { title: 'Walking pain that goes within 10 minutes of rest', action: 'This pattern can be a sign of narrowed leg arteries. Mention it to a clinician, with where it hurts.' },
    'walking-pain-at-rest': { title: 'Leg pain on walking that can also start at rest', action: 'Pain that can start at rest does not follow the usual pattern of narrowed arteries, and has several possible causes. It is worth mentioning to a clinician.' },
    'circulation-risk': { title: 'Your answers match a risk group for narrowed leg arteries', action: 'With leg or foot symptoms, it is worth asking a clinician about an ankle-brachial index: a simple blood-pressure test of the legs.' },
    'diabetes-foot-check': { title: 'Diabetes with changed feeling in the feet', action: 'With diabetes, numbness, burning or prickling in the feet is a reason to ask your diabetes team or a podiatrist for a foot check.' },
    'hang-foot-no-risk': { title: 'Hanging the foot down is what helps', action: 'Relief from hanging the foot down can be a sign of poor circulation. It is worth mentioning to a clinician.' },
    'nerve-symptoms': { title: 'Numbness, burning, prickling or changed feeling', action: 'These can be signs of nerve damage in the feet, more so with diabetes or heavy drinking. Worth getting checked.' },
    medicine: { title: 'A medicine that can be linked to cramps', action: 'Tell your prescriber or pharmacist about your cramps. Do not stop or change a medicine yourself.' },
    quinine: { title: 'Taking quinine', action: 'Quinine is no longer advised for routine cramps because of its side effects. Talk to your prescriber; do not stop or change it yourself.' },
    conditions: { title: 'A condition that can go with cramps', action: 'Kidney, liver, thyroid, spine and Parkinson\'s conditions can go with cramps. Mention your cramps at your next review.' },
    'restless-legs': { title: 'An urge to move the legs, eased by moving', action: 'This can be a sign of restless legs, which is treated differently from cramps. Worth mentioning to a clinician.' },
    'no-better-6-weeks': { title: 'No better after 6 weeks of self-care', action: 'If things have not improved after 6 weeks, book an appointment and bring your report.' },
    'thigh-cramps': { title: 'Cramps in the thigh', action: 'Night cramps are usually in the calf or foot. Frequent thigh cramps are less typical and worth mentioning.' },
  } satisfies Record<FindingId, { title: string; action: string }>,
  /** Self-care tips, and what the evidence says about advice a person is likely to have heard. */
  tips: {
    'during-cramp': { title: 'During a cramp', text: 'Pull your toes up towards your knee, or stand on the leg, and massage the muscle.' },
    'bedtime-stretch': { title: 'Before bed', text: 'Stretch each calf for about 10 seconds, 3 times, before bed. Try it for 6 weeks. Trials disagree on how much it helps.' },
    'stay-active': { title: 'Stay active', text: 'People who move more in the day seem to have fewer night cramps.' },
    'less-alcohol': { title: 'Consider less alcohol', text: 'Night cramps are more common in people who drink more alcohol. Cutting down may help.' },
    'drink-normally': { title: 'Drink normally', text: 'Drinking extra water or sports drinks is not known to prevent cramps. Drink as you normally would.' },
    'fluid-limit': { title: 'Keep to your fluid limit', text: 'You were told to limit fluids: keep to that limit. Drinking more is not known to prevent cramps.' },
    'magnesium': { title: 'Magnesium is unlikely to help', text: 'Good trials found magnesium does not reduce cramps in older adults. Ask a pharmacist before taking any supplement.' },
    'warm-bedding': { title: 'Warm socks and bedding', text: 'Your diary shows more cramps on nights when the bedroom felt cold. Warm socks and bedding are harmless to try.' },
    'stockings': { title: 'Compression stockings', text: 'They are not a treatment for night cramps.' },
    'stockings-warning': { title: 'Compression stockings', text: 'Not for you without a clinician\'s advice: with circulation or nerve problems, tight stockings can harm the skin and blood flow.' },
    'hanging-feet': { title: 'Hanging the feet over the bed', text: 'If this is what eases the pain, it can be a sign of poor circulation: worth getting checked rather than relying on it.' },
    'electrolytes': { title: 'Dehydration, salts and sports drinks', text: 'These are probably not the main cause, and magnesium does not help. Crampnote tracks your fluids so you can look for your own pattern.' },
    'cold': { title: 'Cold feet', text: 'Cramps are about twice as common in summer as in winter. Crampnote tracks room temperature so you can see your own pattern.' },
    'painkillers': { title: 'Anti-inflammatory painkillers', text: 'They do not prevent cramps, and naproxen is itself linked to them. For soreness afterwards, ask a pharmacist what suits you.' },
    'sports-drink-alcohol': { title: 'A sports drink after alcohol', text: 'There is no evidence for it; alcohol itself is linked to cramps, so drinking less is the better bet.' },
  } satisfies Record<TipId, { title: string; text: string }>,
  learn: {
    sections: {
      what: 'What night cramps are',
      during: 'What helps during one',
      'before-bed': 'What to try before bed',
      when: 'When to see someone',
    } satisfies Record<LearnSectionId, string>,
    paragraphs: {
      'what-it-is': 'A sudden, painful tightening of a calf or foot muscle that you cannot control, at rest or in sleep. It lasts from seconds to about 10 minutes; the muscle can stay sore for hours.',
      common: 'They are common: about half of adults have had them, and about a third of people over 60.',
      cause: 'The cause is not known. Tired muscles and nerve signals are thought more likely than fluid or salt problems. They are more common with some conditions and medicines, with more alcohol and less activity, and in summer.',
      placebo: 'Many people improve whatever they try, about 1 in 4 even with a dummy treatment, so a change after trying something is not proof that it worked.',
      'see-now': 'Straight away for a leg that suddenly turns cold, pale or blue, numb or weak, or for breathlessness, chest pain or coughing blood. The same day for one calf that is swollen, or warm and red, or a cramp over 10 minutes that stretching does not ease.',
      'see-soon': 'The same or the next day for pain at rest in the toes or front of the foot that eases when the foot hangs down, a foot or leg wound that has not healed in 2 weeks, or darkened skin on a toe: these can be signs of poor circulation.',
      'see-later': 'At a normal appointment if cramps spoil your sleep or come most nights, with weakness or numbness, after a medicine change, or when self-care has not helped in 6 weeks.',
    } satisfies Record<LearnParagraphId, string>,
  },
} as const;
