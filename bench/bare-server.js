#!/usr/bin/env node
/**
 * The yardstick for the warranty lookup: a bare Node http server doing the same indexed query
 * through pg (a prepared statement) and answering JSON — no framework at all.
 */
const http = require('http');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const SQL = `SELECT d.serial, d.warranty_end, m.brand, m.model, t.name AS type_name
  FROM devices d
  LEFT JOIN devices_model_lnk dm ON dm.device_id = d.id
  LEFT JOIN device_models m ON m.id = dm.device_model_id
  LEFT JOIN device_models_device_type_lnk mt ON mt.device_model_id = m.id
  LEFT JOIN device_types t ON t.id = mt.device_type_id
 WHERE d.serial = $1 LIMIT 1`;

const server = http.createServer(async (req, res) => {
  const serial = decodeURIComponent((req.url || '').split('/').pop() || '').toUpperCase();
  try {
    const { rows } = await pool.query({ name: 'lookup', text: SQL, values: [serial] });
    const row = rows[0];
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ data: row ? { serial: row.serial, registered: true, brand: row.brand, model: row.model, warrantyEnd: row.warranty_end } : { serial, registered: false } }));
  } catch (error) {
    res.writeHead(500);
    res.end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.({ ready: true }));
process.on('message', (m) => {
  if (m === 'stop') server.close(() => pool.end().then(() => process.exit(0)));
});
