// Native addons (better-sqlite3, for gongbao.sqlite) are built by node-gyp against the headers of
// the Node.js that runs the install (its `nodedir`), never against headers downloaded from the
// network: the machines this project builds on reach the package registry only.
const path = require('node:path');

module.exports = {
  hooks: {
    updateConfig(config) {
      const nodedir = path.resolve(path.dirname(process.execPath), '..');
      config.extraEnv = { ...config.extraEnv, npm_config_nodedir: process.env.npm_config_nodedir ?? nodedir };
      return config;
    },
  },
};
