// electron-builder afterPack hook: flips Electron's fuses in the packaged binary before it is
// signed. The packaged app cannot be turned into a Node interpreter, ignores NODE_OPTIONS and
// --inspect, loads its code only from an integrity-checked app.asar, and gives file:// pages no
// extra privileges (the app is served from app://custos/ instead).
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks as CommonJS */
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

const EXTENSIONS = { darwin: '.app', mas: '.app', win32: '.exe', linux: '' };

/** The fuse settings every packaged build must carry; test/electron/check-packaged.mjs reads them back. */
const FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

function binaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const extension = EXTENSIONS[electronPlatformName];
  if (extension === undefined) throw new Error(`after-pack: unknown platform ${electronPlatformName}`);
  const name = electronPlatformName === 'linux' ? packager.executableName : packager.appInfo.productFilename;
  return path.join(appOutDir, `${name}${extension}`);
}

async function afterPack(context) {
  const binary = binaryPath(context);
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(binary, {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature of arm64 macOS builds; re-sign ad hoc so an
    // unsigned build still starts (a real identity signs over it afterwards).
    resetAdHocDarwinSignature: isMac,
    strictlyRequireAllFuses: false,
    ...FUSES,
  });
  console.log(`  • fuses flipped  binary=${path.relative(process.cwd(), binary)}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
