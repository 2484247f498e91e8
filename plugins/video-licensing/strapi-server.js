'use strict';
// The server is written in TypeScript under server/src and compiled by the app's tsc into dist/.
const path = require('path');

module.exports = require(path.join(__dirname, '..', '..', 'dist', 'plugins', 'video-licensing', 'server', 'src', 'index.js')).default;
