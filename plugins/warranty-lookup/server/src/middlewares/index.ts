import publicLookup from './public-lookup';

export default { 'public-lookup': publicLookup };
