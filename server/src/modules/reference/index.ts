export { loadCatalogueNames } from './catalogue-names.ts';
export { type CatalogueSynonym, catalogueSynonymList, catalogueSynonyms } from './catalogue-synonyms.ts';
export { loadCatalogues } from './reference.loader.ts';
export { selectCatalogue as findCatalogue } from './reference.queries.ts';
export { referenceRoutes } from './reference.routes.ts';
