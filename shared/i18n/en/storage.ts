/** English messages about where the workshops are kept: the storage panel and the database's faults. */
export const storageMessages = {
  'storage.title': 'Storage on this computer',
  'storage.usage': 'Your workshops take {used} here. The app may use up to {available}.',
  'storage.usageUnknown': 'This browser does not say how much room the workshops take.',
  'storage.protected': 'Protected: the workshops are kept even when the disk runs low.',
  'storage.notProtected':
    'Not protected: when the disk runs low, the browser may delete the app’s data, workshops included.',
  'storage.refused':
    'The browser refused to protect it. Browsers often grant it later to an address that is bookmarked or used often; until then, back up your workshops regularly.',
  'storage.unknown': 'This browser cannot tell whether the workshops are kept when the disk runs low.',
  'storage.ask': 'Ask to protect it',
  'storage.superseded.title': 'A newer version of the app opened your workshops',
  'storage.superseded.body':
    'Another window updated the database to a newer version, so this window has stopped saving. Every vote recorded so far is kept. Reload to continue with the newer version.',
  'storage.superseded.reload': 'Reload',
} as const;
