import type { TemplateDefinition } from '../template.ts';
import { REVIEW_STEP } from './reviewStep.ts';

/** The status review after a digitalisation: what got better or worse on each trait, and what we do now. */
export const STATUS_AFTER: TemplateDefinition = {
  id: 'status-after',
  name: { da: 'Status efter en digitalisering', en: 'Status after a digitalisation' },
  description: {
    da: 'Vi ser på de seks kendetegn ved godt arbejde og gør status: Hvad er blevet bedre, hvad er blevet værre, hvorfor gik det gode godt, og hvad kan vi gøre ved resten?',
    en: 'We look at the six traits of good work and take stock: what got better, what got worse, why did the good go well, and what can we do about the rest?',
  },
  audience: {
    da: 'Til en afdeling eller et team, når det nye system har kørt et stykke tid. Sammenlignes med kompasset fra før.',
    en: 'For a unit or team once the new system has run for a while. Compared with the compass from before.',
  },
  asksForPhase: false,
  comparison: { side: 'experienced', stepId: 'changes' },
  steps: [
    REVIEW_STEP,
    {
      id: 'traits',
      kind: 'info',
      title: { da: 'De seks kendetegn', en: 'The six traits' },
      prompt: {
        da: 'Genopfrisk de seks kendetegn ved godt arbejde. Hvordan ser hvert af dem ud hos os nu?',
        en: 'Refresh the six traits of good work. How does each of them look here now?',
      },
      facilitatorHint: {
        da: 'Kort gennemgang. Mind om, hvad I forventede før, hvis I holdt et kompas dengang.',
        en: 'A short run-through. Remind people what you expected before, if you held a compass back then.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: 'rasmus',
      suggestedMinutes: 5,
    },
    {
      id: 'changes',
      kind: 'notes',
      title: { da: 'Bedre og værre', en: 'Better and worse' },
      prompt: {
        da: 'Hvad er blevet bedre, og hvad er blevet værre i jeres arbejde, siden det nye system kom?',
        en: 'What has got better, and what has got worse in your work, since the new system arrived?',
      },
      facilitatorHint: {
        da: 'Grønne sedler for forbedringer, røde for forringelser, på det kendetegn de handler om. Én oplevelse pr. seddel.',
        en: 'Green notes for improvements, red for deteriorations, on the trait they concern. One experience per note.',
      },
      categorySet: 'traits',
      noteKinds: ['improved', 'worsened'],
      voting: false,
      info: null,
      suggestedMinutes: 15,
    },
    {
      id: 'why-good',
      kind: 'notes',
      title: { da: 'Derfor gik det godt', en: 'Why it went well' },
      prompt: {
        da: 'Se på det grønne: Hvad gjorde, at det lykkedes? Hvad vil vi gøre igen næste gang?',
        en: 'Look at the green: what made it work? What do we want to do again next time?',
      },
      facilitatorHint: {
        da: 'Blå sedler. Spørg efter det konkrete: en beslutning, en person, en måde at lære på. Det er erfaringer til næste projekt.',
        en: 'Blue notes. Ask for the concrete: a decision, a person, a way of learning. These are lessons for the next project.',
      },
      categorySet: 'traits',
      noteKinds: ['reason'],
      voting: false,
      info: null,
      suggestedMinutes: 10,
    },
    {
      id: 'pick',
      kind: 'select',
      title: { da: 'Hvad kan vi gøre noget ved?', en: 'What can we act on?' },
      prompt: {
        da: 'Hvilke af forringelserne kan vi selv gøre noget ved, eller få andre til at gøre noget ved? Stem på dem, vi skal tage fat på.',
        en: 'Which of the deteriorations can we do something about ourselves, or get others to act on? Vote for the ones to take on.',
      },
      facilitatorHint: {
        da: 'Åbn for afstemning på de røde sedler. Tag de mest valgte med videre til handlinger; resten kan vente til næste status.',
        en: 'Open voting on the red notes. Take the most chosen on to actions; the rest can wait for the next review.',
      },
      categorySet: null,
      noteKinds: [],
      voting: true,
      info: null,
      suggestedMinutes: 10,
      source: { stepId: 'changes', kinds: ['worsened'] },
    },
    {
      id: 'actions',
      kind: 'actions',
      title: { da: 'Hvem gør hvad hvornår', en: 'Who does what by when' },
      prompt: {
        da: 'Hvad gør vi ved det, vi valgte – og hvordan holder vi fast i det, der virker?',
        en: 'What do we do about what we chose – and how do we hold on to what works?',
      },
      facilitatorHint: {
        da: 'Skriv handlinger med en ansvarlig og en dato, og knyt dem til sedlerne. Marker det, der skal sendes videre op.',
        en: 'Write actions with an owner and a date, and link them to the notes. Mark what has to be sent upward.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: null,
      suggestedMinutes: 15,
    },
    {
      id: 'comparison',
      kind: 'comparison',
      title: { da: 'Forventet og oplevet', en: 'Expected and experienced' },
      prompt: {
        da: 'Sådan ser det ud pr. kendetegn: det, vi forventede før, ved siden af det, vi har oplevet. Hvor blev vi overrasket?',
        en: 'Here it is per trait: what we expected before, next to what we have experienced. Where were we surprised?',
      },
      facilitatorHint: {
        da: 'Tallene vises kun, når nok har bidraget. Findes der ingen workshop fra før, så tal om, hvad I dengang troede.',
        en: 'Numbers show only when enough people took part. If there is no workshop from before, talk about what you thought back then.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: null,
      suggestedMinutes: 10,
    },
  ],
};
