// The build's version string, replaced by vite.config.ts (define); absent when the code runs unbuilt (tests).
declare const __GRADIMENTO_VERSION__: string | undefined;
