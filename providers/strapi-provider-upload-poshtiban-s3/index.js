'use strict';
// The provider is written in TypeScript (src/uploads/s3) and compiled by the app's tsc into dist/.
// This package is a `file:` dependency of the app, so Strapi's upload plugin finds it by name.
const path = require('path');

module.exports = require(path.join(__dirname, '..', '..', 'dist', 'src', 'uploads', 's3', 'provider.js')).default;
