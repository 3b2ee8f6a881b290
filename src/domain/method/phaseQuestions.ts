import type { Localized } from '../localized.ts';
import type { ProjectPhaseId } from '../projectPhases.ts';

/** A question for the group to talk through; its id is stable, as notes are placed on it. */
export interface PhaseQuestion {
  readonly id: string;
  readonly text: Localized;
}

/** What happens in a phase, and the ways staff can take part in it. */
export interface PhaseGuide {
  readonly summary: Localized;
  readonly involvement: readonly Localized[];
}

/** The involvement questions of each project phase, for the phase dialogue. */
export const PHASE_QUESTIONS: Readonly<Record<ProjectPhaseId, readonly PhaseQuestion[]>> = {
  idea: [
    {
      id: 'idea-1',
      text: {
        da: 'Hvad ved vi fra hverdagen – om opgaven og om dem, vi løser den for – som idéen bør bygge på, og hvordan får vi det med?',
        en: 'What do we know from daily work – about the task and the people we do it for – that the idea should build on, and how do we bring it in?',
      },
    },
    {
      id: 'idea-2',
      text: {
        da: 'Hvordan mødes vores erfaring og it-folkenes viden, så begge parter bliver klogere og kan udfordre hinanden?',
        en: 'How do our experience and the IT specialists’ knowledge meet, so that each side learns from the other and can question it?',
      },
    },
    {
      id: 'idea-3',
      text: {
        da: 'Kan borgere eller kunder være med til at forme idéen, og hvilken rolle kan vi selv spille i det?',
        en: 'Could citizens or customers help shape the idea, and what part can we play in that?',
      },
    },
  ],
  assessment: [
    {
      id: 'assessment-1',
      text: {
        da: 'Holder regnestykket, set fra vores stole? Hvilke af de ventede gevinster tror vi på, og hvilke tvivler vi på?',
        en: 'Does the business case add up, seen from where we sit? Which of the expected gains do we believe in, and which do we doubt?',
      },
    },
    {
      id: 'assessment-2',
      text: {
        da: 'Hvad gør vi i dag, som vi ikke må miste med det nye – og hvad bliver muligt, som ikke var det før?',
        en: 'What do we do today that we must not lose with the new – and what becomes possible that was not before?',
      },
    },
    {
      id: 'assessment-3',
      text: {
        da: 'Hvordan ændrer det, hvem der gør hvad, hvordan vi arbejder sammen, og den service vi giver – og hvem tager sig af det?',
        en: 'How will it change who does what, how we work together and the service we give – and who takes care of that?',
      },
    },
  ],
  development: [
    {
      id: 'development-1',
      text: {
        da: 'Hvem af os er med, når kravene til systemet bliver skrevet, og hvordan sikrer vi, at det er de rette?',
        en: 'Who of us takes part when the requirements for the system are written, and how do we make sure they are the right people?',
      },
    },
    {
      id: 'development-2',
      text: {
        da: 'Hvordan kan vi bidrage til arbejdet op til kravene – fx ved at beskrive arbejdsgange, følge en brugers vej gennem en sag eller prøve udkast af?',
        en: 'How can we contribute to the work leading up to the requirements – for example by describing workflows, following a user’s path through a case or trying out drafts?',
      },
    },
  ],
  operation: [
    {
      id: 'operation-1',
      text: {
        da: 'Hvad skal der til, for at vi kan være med til at lægge planen for indførelse og oplæring?',
        en: 'What would it take for us to help plan the rollout and the training?',
      },
    },
    {
      id: 'operation-2',
      text: {
        da: 'Hvis nogle af os skal lære kolleger og andre brugere op, hvor kommer tiden og kompetencerne så fra?',
        en: 'If some of us are to train colleagues and other users, where will the time and the skills come from?',
      },
    },
    {
      id: 'operation-3',
      text: {
        da: 'Hvor melder vi fejl og forslag til forbedringer, når systemet kører – og hvem lytter?',
        en: 'Where do we report faults and suggest improvements once the system is running – and who listens?',
      },
    },
  ],
};

/** Per phase: what goes on in it, and a few ways staff can be involved. */
export const PHASE_GUIDES: Readonly<Record<ProjectPhaseId, PhaseGuide>> = {
  idea: {
    summary: {
      da: 'Et behov bliver beskrevet, og idéer bliver undersøgt og prøvet af – helst før nogen har lagt sig fast på en bestemt teknologi.',
      en: 'A need is described and ideas are explored and tried out – ideally before anyone has settled on a particular technology.',
    },
    involvement: [
      { da: 'Medarbejderne melder løbende problemer og idéer fra hverdagen ind.', en: 'Staff keep feeding in problems and ideas from daily work.' },
      {
        da: 'De er med til at undersøge behovet, fx ved at følge en borgers eller kundes vej gennem en sag.',
        en: 'They help explore the need, for example by following a citizen’s or customer’s path through a case.',
      },
      { da: 'De prøver prototyper og små forsøg af på rigtige opgaver.', en: 'They try out prototypes and small trials on real tasks.' },
    ],
  },
  assessment: {
    summary: {
      da: 'Projektets gevinster, omkostninger og følger bliver beskrevet, som regel i en business case og en plan for gevinsterne.',
      en: 'The project’s gains, costs and effects are described, usually in a business case and a plan for the benefits.',
    },
    involvement: [
      { da: 'Medarbejderne tjekker, om forudsætningerne holder i praksis.', en: 'Staff check whether the assumptions hold in practice.' },
      {
        da: 'Fordele og ulemper for arbejdsmiljøet, skjulte omkostninger og det usynlige arbejde kommer med i regnestykket.',
        en: 'Pros and cons for the work environment, hidden costs and invisible work go into the sums.',
      },
      {
        da: 'Følger for borgere, kunder og andre afdelinger bliver nævnt, og usikkerheden bliver skrevet ned.',
        en: 'Effects on citizens, customers and other units are named, and the uncertainty is written down.',
      },
      { da: 'Dokumentet bliver holdt levende og kan ændres undervejs.', en: 'The document is kept alive and can be changed along the way.' },
    ],
  },
  development: {
    summary: {
      da: 'Behov og forventninger bliver til krav, og løsningen bliver udviklet eller købt.',
      en: 'Needs and expectations become requirements, and the solution is built or bought.',
    },
    involvement: [
      {
        da: 'Medarbejderne beskriver de arbejdsgange, systemet skal støtte – med kerneopgaven for øje, ikke bare vanen.',
        en: 'Staff describe the workflows the system must support – with the core task in view, not just habit.',
      },
      {
        da: 'De stiller krav til brugervenlighed, tilgængelighed og plads til at ændre arbejdsgange senere.',
        en: 'They set requirements for usability, accessibility and room to change workflows later.',
      },
      {
        da: 'De skriver realistiske testforløb og prøver de løsninger af, der er i spil.',
        en: 'They write realistic test cases and try out the solutions on the table.',
      },
    ],
  },
  operation: {
    summary: {
      da: 'Løsningen bliver sat op, folk bliver lært op, og systemet går i drift – hvor fejl, ønsker og gevinster stadig skal følges.',
      en: 'The solution is set up, people are trained and the system goes live – where faults, wishes and benefits still need following up.',
    },
    involvement: [
      {
        da: 'Test foregår så tæt på det rigtige arbejde som muligt, og der er tid til oplæring og opsætning.',
        en: 'Testing happens as close to real work as possible, and there is time for training and set-up.',
      },
      {
        da: 'Den enkelte skal ikke selv vælge mellem den daglige drift og oplæringen; det afgør en anden.',
        en: 'No one is left to choose alone between daily work and training; someone else settles it.',
      },
      {
        da: 'Der er faste veje til at melde fejl, og en plan for når systemet svigter.',
        en: 'There are set routes for reporting faults, and a plan for when the system fails.',
      },
      {
        da: 'Indførelsen bliver set som fælles læring, hvor fejl og frustration er tilladt.',
        en: 'The rollout is treated as learning together, where mistakes and frustration are allowed.',
      },
    ],
  },
};
