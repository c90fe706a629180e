/** The file of the botocore wheel the model is taken from (gzipped in the wheel). */
export const MODEL_FILE = 'botocore/data/connect/2017-08-08/service-2.json';

/** The trimmed model in this package. */
export const MODEL_DATA_URL = new URL('../data/connect-2017-08-08.json', import.meta.url);
