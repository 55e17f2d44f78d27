// A host name for pages Sourcelight may read but does not analyse by itself. The test flavor has host
// access to it (wxt.config.ts), standing in for the activeTab grant that a real menu click, shortcut
// or toolbar click gives; its automatic analysis covers only 127.0.0.1 and localhost. (Its own module:
// the benchmark uses it too, outside vitest.)
export const ON_DEMAND_HOST = 'on-demand.test';
