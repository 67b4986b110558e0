// French lexicon (data only; see ./types.ts for what each list means).
import type { Lexicon } from './types';

const fr: Lexicon = {
  numbers: 'eu',
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7, août: 8, aout: 8,
    septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12, decembre: 12, déc: 12,
  },
  datePreps: ['en', 'fin', 'début', 'mi', 'mi-', 'depuis', 'dès', 'avant', 'après', 'jusqu’en', "jusqu'en", 'jusqu’à', "jusqu'à", 'd’ici', "d'ici", 'à partir de', 'courant', 'entre', 'de', 'au', 'pour'],
  yearWords: [],
  periodWords: ['premier trimestre', 'deuxième trimestre', 'troisième trimestre', 'quatrième trimestre', 'premier semestre', 'second semestre', 'printemps', 'été', 'automne', 'hiver'],
  scales: { mille: 1e3, millier: 1e3, milliers: 1e3, million: 1e6, millions: 1e6, 'million de': 1e6, 'millions de': 1e6, 'millions d’': 1e6, 'million d’': 1e6, "million d'": 1e6, 'milliard d’': 1e9, "milliard d'": 1e9, "millions d'": 1e6, milliard: 1e9, milliards: 1e9, 'milliard de': 1e9, 'milliards de': 1e9, 'milliards d’': 1e9, "milliards d'": 1e9, md: 1e9, mds: 1e9, mrd: 1e9, 'm€': 1e6, 'md€': 1e9, 'k€': 1e3 },
  currencies: { '€': 'EUR', euro: 'EUR', euros: 'EUR', eur: 'EUR', '$': 'USD', dollar: 'USD', dollars: 'USD', '£': 'GBP', livres: 'GBP', 'francs suisses': 'CHF', chf: 'CHF', roubles: 'RUB', hryvnias: 'UAH', yuans: 'CNY', centimes: 'EUR¢' },
  percentWords: ['%', 'pour cent', 'pourcent', 'points de pourcentage', 'point de pourcentage', 'points de base'],
  units: {
    km: 'km', kilomètres: 'km', kilomètre: 'km', 'km²': 'km2', 'kilomètres carrés': 'km2', mètres: 'm', mètre: 'm', 'm²': 'm2', 'mètres carrés': 'm2', 'm³': 'm3', 'mètres cubes': 'm3',
    cm: 'cm', mm: 'mm', hectares: 'ha', hectare: 'ha', ha: 'ha', kg: 'kg', kilos: 'kg', kilogrammes: 'kg', grammes: 'g', tonnes: 't', tonne: 't', litres: 'l', litre: 'l',
    '°c': '°C', degrés: '°', 'degrés celsius': '°C', gw: 'GW', gigawatts: 'GW', mw: 'MW', mégawatts: 'MW', kwh: 'kWh', mwh: 'MWh', twh: 'TWh', 'km/h': 'km/h',
    secondes: 's', minutes: 'min', heures: 'h', heure: 'h', jours: 'd', jour: 'd', semaines: 'wk', mois: 'mo', ans: 'yr', années: 'yr',
  },
  numberWords: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30, cent: 100, douzaine: 12, dizaines: 20, centaines: 200, milliers: 2000 },
  fractions: { 'un quart': 25, 'un tiers': 33.3, 'la moitié': 50, 'deux tiers': 66.7, 'trois quarts': 75 },
  ratePreps: ['par'],

  speechVerbs: [
    'a déclaré', 'ont déclaré', 'déclare', 'a dit', 'dit', 'a indiqué', 'ont indiqué', 'indique', 'a affirmé', 'affirme', 'a expliqué', 'explique',
    'a souligné', 'souligne', 'a précisé', 'précise', 'a annoncé', 'a estimé', 'estime', 'estiment', 'a assuré', 'assure', 'a ajouté', 'ajoute',
    'a confié', 'confie', 'a rappelé', 'rappelle', 'a averti', 'avertit', 'a reconnu', 'reconnaît', 'a jugé', 'a dénoncé', 'dénonce', 'a prévenu',
    'a insisté', 'insiste', 'a fait savoir', 'prévoit', 'prévoient', 'table sur', 'tablent sur', 'a salué', 'salue', 'a critiqué', 'a répondu',
    'a écrit', 'écrit', 'rapporte', 'rapportent', 'a relevé', 'relève', 'a noté', 'montre', 'révèle', 'a révélé', 'a confirmé', 'confirme', 'a démenti', 'dément',
  ],
  accordingTo: ['selon', 'd’après', "d'après", 'de source', 'citant', 'aux dires de', 'à en croire', 'cité par', 'citée par'],
  impersonal: [],
  impersonalPreps: [],
  toldVerbs: [],
  audience: ['à la presse', 'aux journalistes', 'à l’afp', "à l'afp"],
  creditLabels: ['photo', 'photos', 'crédit', 'crédits', 'crédit photo', 'source', 'illustration', 'infographie', 'image', 'vidéo'],
  quoteLeadIns: ['pour', 'selon'],

  sourceNouns: [
    'ministr', 'gouvernement', 'porte-parole', 'autorit', 'agence', 'office', 'institut', 'insee', 'analyst', 'expert', 'économist', 'chercheu', 'scientifique',
    'étude', 'enquête', 'sondage', 'données', 'chiffres', 'relevés', 'rapport', 'communiqué', 'police', 'gendarmerie', 'parquet', 'procureur', 'tribunal',
    'entreprise', 'société', 'groupe', 'banque', 'source', 'préfecture', 'préfet', 'maire', 'président', 'directeur', 'directrice', 'responsable', 'syndicat',
    'association', 'fédération', 'observatoire', 'commission', 'conseil', 'mairie', 'région', 'département', 'collectif', 'spécialiste', 'économistes', 'statistique',
  ],
  docNouns: ['communiqué', 'rapport', 'étude', 'enquête', 'sondage', 'note', 'données', 'chiffres', 'relevés', 'statistiques', 'site', 'document', 'lettre', 'publication', 'message', 'tweet', 'vidéo', 'entretien', 'interview', 'déclaration', 'bilan', 'analyse', 'estimation'],
  pronouns: ['il', 'elle', 'ils', 'elles', 'on', 'nous', 'je', 'vous', 'ce', 'cela', 'ça', 'celui-ci', 'celle-ci', 'certains', 'certaines', 'plusieurs', 'beaucoup', 'tous', 'toutes', 'qui', 'que', 'lui', 'leur', 'y'],
  determiners: ['le', 'la', 'les', 'l’', "l'", 'un', 'une', 'des', 'du', 'de'],
  connectors: ['de', 'du', 'des', 'de la', 'd’', "d'", 'l’', "l'", 'la', 'le', 'et', 'pour', 'à'],
  stopWords: [
    'que', 'qu’', "qu'", 'qui', 'dont', 'où', 'et', 'mais', 'ou', 'car', 'donc', 'lorsque', 'quand', 'comme', 'si', 'alors', 'tandis', 'pendant', 'depuis',
    'sur', 'dans', 'en', 'avec', 'sans', 'sous', 'par', 'pour', 'vers', 'chez', 'contre', 'avant', 'après', 'lors', 'ne', 'pas', 'aussi', 'également', 'déjà',
    'est', 'sont', 'était', 'a', 'ont', 'avait', 'sera', 'serait', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'aujourd’hui', 'ce', 'cette',
  ],
  adverbs: ['aussi', 'également', 'déjà', 'encore', 'toutefois', 'cependant', 'pourtant', 'ainsi', 'récemment'],
  participles: ['publié', 'publiée', 'publiés', 'publiées', 'diffusé', 'diffusée', 'réalisé', 'réalisée', 'menée', 'mené', 'présenté', 'présentée', 'dévoilé', 'dévoilée', 'parue', 'paru', 'provisoire'],
  agentPreps: ['par'],
  approximators: ['environ', 'près de', 'plus de', 'moins de', 'quelque', 'presque', 'jusqu’à', "jusqu'à", 'au moins', 'quelques', 'sous les', 'plus d’', 'à peine'],
  countNouns: ['personnes', 'habitants', 'salariés', 'employés', 'emplois', 'logements', 'soldats', 'morts', 'victimes', 'enfants', 'élèves', 'voix', 'cas', 'fois'],
  abbreviations: [
    'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Pr', 'Me', 'Mgr', 'St', 'Ste', 'p. ex', 'cf', 'env', 'av', 'apr', 'J.-C', 'n°', 'art', 'vol',
    'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
  ],
};
export default fr;
