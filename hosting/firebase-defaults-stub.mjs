// Stands in for @firebase/util's dist/postinstall.mjs in the build (see next.config.ts): the web
// app passes its Firebase config explicitly, so no defaults are read from node_modules.
export const getDefaultsFromPostinstall = () => undefined;
