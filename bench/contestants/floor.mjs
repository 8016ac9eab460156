// The I/O floor: JSON.parse of the same records as NDJSON lines (no evaluation at all).
export default {
  name: 'JSON.parse of the NDJSON line',
  floor: true,
  prepare() {
    return {
      run(line) {
        return JSON.parse(line);
      },
    };
  },
};
