import type { Trait } from './rasmus.ts';

/** The six RASMUS traits of good work, in TRAIT_IDS order, with how digitalisation can strengthen or weaken each. */
export const RASMUS_TRAITS: readonly Trait[] = [
  {
    id: 'realistic',
    letter: 'R',
    name: { da: 'Realistisk', en: 'Realistic' },
    meaning: {
      da: 'Du har tiden, kollegerne, værktøjerne og kompetencerne til at gøre dit arbejde ordentligt. Det, der bliver forventet af dig, kan faktisk nås.',
      en: 'You have the time, the colleagues, the tools and the skills to do your job properly. What is expected of you can actually be done.',
    },
    strengthens: [
      {
        da: 'Færre dobbeltregistreringer og besværlige omveje i hverdagen',
        en: 'Less double entry and fewer awkward workarounds day to day',
      },
      {
        da: 'Mere tid til de opgaver, der er selve kernen i jobbet',
        en: 'More time for the tasks at the heart of the job',
      },
      {
        da: 'Systemer, der hjælper fagligheden i stedet for at stå i vejen',
        en: 'Systems that support your expertise instead of getting in the way',
      },
    ],
    weakens: [
      {
        da: 'Arbejdet flyder ud over fyraften, og det er svært at vide, hvornår nok er nok',
        en: 'Work spills past closing time, and it is hard to know when enough is enough',
      },
      {
        da: 'Et klodset system eller for lidt oplæring gør opgaverne tungere, ikke lettere',
        en: 'A clumsy system or too little training makes tasks harder, not easier',
      },
      {
        da: 'Budgettet regner med tidsbesparelser, der aldrig dukker op i hverdagen',
        en: 'The budget counts on time savings that never show up in practice',
      },
    ],
  },
  {
    id: 'recognised',
    letter: 'A',
    name: { da: 'Anerkendt', en: 'Recognised' },
    meaning: {
      da: 'Du bliver set og værdsat for det, du gør – både som fagperson og som menneske. Det kan være et skulderklap fra en kollega, et tak fra en borger eller ros fra lederen.',
      en: 'You are seen and valued for what you do, both as a professional and as a person. It might be a pat on the back from a colleague, thanks from a citizen or praise from your manager.',
    },
    strengthens: [
      {
        da: 'Mindre rutinearbejde giver mere tid til mødet med mennesker',
        en: 'Less routine work leaves more time for meeting people',
      },
      {
        da: 'Jeres erfaring bliver efterspurgt, når løsningen skal formes',
        en: 'Your experience is sought out when the solution is being shaped',
      },
      {
        da: 'Det usynlige arbejde, der får hverdagen til at glide, bliver synligt',
        en: 'The invisible work that keeps everyday life running becomes visible',
      },
    ],
    weakens: [
      {
        da: 'Færre dage sammen med kollegerne og færre snakke ved kaffemaskinen',
        en: 'Fewer days with colleagues and fewer chats by the coffee machine',
      },
      {
        da: 'Tal og målinger fylder mere end den personlige feedback',
        en: 'Numbers and metrics crowd out personal feedback',
      },
      {
        da: 'Vigtige relationer og opgaver forsvinder, fordi systemet ikke ser dem',
        en: 'Important relationships and tasks disappear because the system does not see them',
      },
    ],
  },
  {
    id: 'autonomous',
    letter: 'S',
    name: { da: 'Selvstændigt', en: 'Autonomous' },
    meaning: {
      da: 'Du kan selv lægge en god del af dit arbejde til rette og har et ansvar, der passer til dig. Du bliver spurgt, før der besluttes noget om dit arbejde, og ingen kigger dig unødigt over skulderen.',
      en: 'You can arrange a good part of your own work and carry a responsibility that suits you. You are asked before decisions about your work are made, and nobody looks over your shoulder more than needed.',
    },
    strengthens: [
      {
        da: 'Teknologien er lavet til dem, der skal bruge den, og giver dem mere spillerum',
        en: 'The technology is made for the people who use it and gives them more room to act',
      },
      {
        da: 'I er med til at forme løsningen helt fra start',
        en: 'You help shape the solution right from the start',
      },
      {
        da: 'Kort vej fra »det her virker ikke« til en rettelse i systemet',
        en: 'A short path from “this doesn’t work” to a fix in the system',
      },
    ],
    weakens: [
      {
        da: 'I mister indflydelse, fordi beslutningerne flytter ind i systemet',
        en: 'You lose influence because the decisions move into the system',
      },
      {
        da: 'Alt bliver så standardiseret, at faglig dømmekraft ikke længere tæller',
        en: 'Everything gets so standardised that professional judgement no longer counts',
      },
      {
        da: 'Stram kontrol og overvågning tager ansvaret og frirummet fra jer',
        en: 'Tight control and monitoring take away your responsibility and leeway',
      },
    ],
  },
  {
    id: 'meaningful',
    letter: 'M',
    name: { da: 'Meningsfyldt', en: 'Meaningful' },
    meaning: {
      da: 'Du bruger det, du er god til, og kan se, at det gør en forskel for nogen – borgere, kunder, kolleger eller samfundet.',
      en: 'You use what you are good at and can see that it makes a difference to someone – citizens, customers, colleagues or society.',
    },
    strengthens: [
      {
        da: 'Der bliver frigjort tid til det, der giver jobbet mening',
        en: 'Time is freed up for what makes the job worthwhile',
      },
      {
        da: 'Borgere og kunder kan selv følge deres sag og være med undervejs',
        en: 'Citizens and customers can follow their own case and take part along the way',
      },
      {
        da: 'Det bliver lettere at arbejde sammen på tværs om opgaven',
        en: 'It gets easier to work together across teams on the task',
      },
    ],
    weakens: [
      {
        da: 'Systemet presser jer til løsninger, I ikke kan stå inde for fagligt',
        en: 'The system pushes you towards solutions you cannot stand behind professionally',
      },
      {
        da: 'Mere tid går med ting, der føles ligegyldige eller ligger langt fra jeres fag',
        en: 'More time goes on things that feel pointless or far from your trade',
      },
      {
        da: 'Registrering og skærmarbejde fylder mere end mødet med mennesker',
        en: 'Logging and screen work take up more room than time with people',
      },
    ],
  },
  {
    id: 'developing',
    letter: 'U',
    name: { da: 'Udviklende', en: 'Developing' },
    meaning: {
      da: 'Du får udfordringer, der passer til dig, så du kan lære nyt og vokse uden at blive væltet omkuld. Nogle har det bedst med små skridt, andre trives med store spring.',
      en: 'You get challenges that suit you, so you can learn and grow without being knocked over. Some do best with small steps, others thrive on big leaps.',
    },
    strengthens: [
      {
        da: 'Nye data og værktøjer giver jer nye måder at bruge fagligheden på',
        en: 'New data and tools give you new ways to use your expertise',
      },
      {
        da: 'Kurser og oplæring lægger et digitalt lag oven på jeres faglighed',
        en: 'Courses and training add a digital layer to your expertise',
      },
      {
        da: 'At være med i projektet bliver i sig selv en måde at lære på',
        en: 'Taking part in the project becomes a way of learning in itself',
      },
    ],
    weakens: [
      {
        da: 'Tempoet i forandringerne bliver for højt, og folk sakker bagud',
        en: 'Change moves so fast that people fall behind',
      },
      {
        da: 'Arbejdsgangen er låst fast i systemet, så der ikke er plads til at tænke selv',
        en: 'The workflow is locked into the system, leaving no room to think for yourself',
      },
      {
        da: 'I bliver hørt for syns skyld, men jeres input ændrer ingenting',
        en: 'You are consulted for show, but your input changes nothing',
      },
    ],
  },
  {
    id: 'healthy',
    letter: 'S',
    name: { da: 'Sundt og sikkert', en: 'Healthy and safe' },
    meaning: {
      da: 'Arbejdet slider hverken på kroppen eller psyken – hverken nu eller på sigt. Det er skruet sådan sammen, at man kan holde til det et helt arbejdsliv.',
      en: 'The work wears down neither body nor mind, now or in the long run. It is set up so that you can keep going for a whole working life.',
    },
    strengthens: [
      {
        da: 'Maskiner og automatik tager de tunge løft og de ensformige opgaver',
        en: 'Machines and automation take over the heavy lifting and the repetitive tasks',
      },
      {
        da: 'Systemet går først rigtigt i drift, når det faktisk virker',
        en: 'The system only goes fully live once it actually works',
      },
      {
        da: 'Løbende oplæring gør folk trygge ved systemerne og ved fremtiden',
        en: 'Ongoing training helps people feel at ease with the systems and the future',
      },
    ],
    weakens: [
      {
        da: 'Kravene vokser, mens tiden og ressourcerne ikke følger med',
        en: 'Demands grow while time and resources fail to keep up',
      },
      {
        da: 'Endeløse museklik og små skærme giver ondt i nakke, arme og øjne',
        en: 'Endless mouse clicks and small screens strain neck, arms and eyes',
      },
      {
        da: 'Uvished om ens egen rolle skaber bekymring og utryghed',
        en: 'Not knowing your own future role breeds worry and unease',
      },
    ],
  },
];
