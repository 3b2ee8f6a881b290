import type { Localized } from '../localized.ts';

export const ADVICE_IDS = [
  'assess-consequences',
  'clear-frame',
  'inform',
  'involve-early',
  'clear-roles',
  'use-committees',
  'core-task',
  'open-benefits',
  'invisible-work',
  'agile',
] as const;
export type AdviceId = (typeof ADVICE_IDS)[number];

export interface Advice {
  readonly id: AdviceId;
  readonly title: Localized;
  readonly explanation: Localized;
}

/** Ten pieces of advice on involving staff in a digitalisation, in order; the checklist's rows use their ids. */
export const TEN_ADVICE: readonly Advice[] = [
  {
    id: 'assess-consequences',
    title: { da: 'Lad dem, der gør arbejdet, vurdere følgerne', en: 'Let those who do the work judge the effects' },
    explanation: {
      da: 'Medarbejderne ved, hvad der giver energi, og hvad der slider i hverdagen, og kan derfor se, hvordan et nyt system vil ramme det gode arbejde. Brug de seks kendetegn som fælles sprog.',
      en: 'Staff know what gives energy and what wears people down day to day, so they can see how a new system will affect good work. Use the six traits as a shared language.',
    },
  },
  {
    id: 'clear-frame',
    title: { da: 'Gør det klart, hvad der kan ændres', en: 'Make clear what can still change' },
    explanation: {
      da: 'Sig åbent, hvad der ligger fast, og hvad der stadig kan påvirkes, og vælg en form for inddragelse, der passer til, hvor meget indflydelse der reelt er.',
      en: 'Say openly what is settled and what can still be influenced, and choose a form of involvement that matches how much say there really is.',
    },
  },
  {
    id: 'inform',
    title: { da: 'Fortæl meget – og i et sprog, alle forstår', en: 'Tell a lot – in words everyone understands' },
    explanation: {
      da: 'Forandringer rejser spørgsmål om hvorfor, hvordan og hvad det betyder for mig. Oversæt it-sproget, så alle kan være med i samtalen.',
      en: 'Change raises questions about why, how and what it means for me. Translate the IT jargon so everyone can join the conversation.',
    },
  },
  {
    id: 'involve-early',
    title: { da: 'Begynd tidligt', en: 'Start early' },
    explanation: {
      da: 'Medarbejdernes viden er værdifuld allerede, når idéen tager form, men det er aldrig for sent at begynde. Som minimum skal alle vide, hvad der sker, og kunne spørge og give input.',
      en: 'Staff knowledge is valuable as soon as the idea takes shape, but it is never too late to start. At the very least, everyone should know what is happening and be able to ask and give input.',
    },
  },
  {
    id: 'clear-roles',
    title: { da: 'Gør rollerne tydelige', en: 'Make roles clear' },
    explanation: {
      da: 'En superbruger, der bidrager med faglig viden, har en anden opgave end en tillidsvalgt, der taler om følgerne for, hvordan arbejdet er organiseret. Alle skal kende deres rolle, og hvordan de kan påvirke projektet.',
      en: 'A super-user who brings professional knowledge has a different job from an elected representative who discusses what it means for how work is organised. Everyone should know their role and how they can influence the project.',
    },
  },
  {
    id: 'use-committees',
    title: { da: 'Tag de principielle spørgsmål i samarbejdsudvalgene', en: 'Take matters of principle to the committees' },
    explanation: {
      da: 'MED, SU og arbejdsmiljøorganisationen er det naturlige sted at drøfte, hvad digitaliseringen betyder for arbejdet – også når ingen aftale kræver det. Det giver ejerskab.',
      en: 'MED, SU and the work environment organisation are the natural place to discuss what digitalisation means for the work – even when no agreement requires it. It builds ownership.',
    },
  },
  {
    id: 'core-task',
    title: { da: 'Hold kerneopgaven i centrum', en: 'Keep the core task at the centre' },
    explanation: {
      da: 'Medarbejderne er ofte dem, der møder borgere og kunder, og kan se, hvad en ændring gør for dem – på godt og ondt.',
      en: 'Staff are often the ones who meet citizens and customers, and can see what a change does for them – for better and for worse.',
    },
  },
  {
    id: 'open-benefits',
    title: { da: 'Vis gevinsterne og det, de bygger på', en: 'Show the benefits and what they rest on' },
    explanation: {
      da: 'Når antagelserne bag de ventede gevinster ligger åbent, kan medarbejdere og ledere tæt på arbejdet sige til, hvis de ikke holder.',
      en: 'When the assumptions behind the expected gains are out in the open, staff and managers close to the work can speak up if they do not hold.',
    },
  },
  {
    id: 'invisible-work',
    title: { da: 'Se det usynlige arbejde', en: 'Notice the invisible work' },
    explanation: {
      da: 'Systemer bliver bygget om de beskrevne opgaver, men det uformelle arbejde, der holder stedet sammen, bliver også ramt. Tal om det, og aftal, hvad I gør ved det.',
      en: 'Systems are built around the tasks on paper, but the informal work that holds a workplace together is affected too. Talk about it and agree what to do about it.',
    },
  },
  {
    id: 'agile',
    title: { da: 'Del forløbet op i mindre skridt', en: 'Split the work into smaller steps' },
    explanation: {
      da: 'Store forløb, der bliver styret oppefra i én lang lige linje, giver lidt plads til medarbejdernes input. Korte runder med afprøvning og justering giver flere chancer for dialog.',
      en: 'Large projects run from the top in one long straight line leave little room for staff input. Short rounds of trying and adjusting give more chances for dialogue.',
    },
  },
];
