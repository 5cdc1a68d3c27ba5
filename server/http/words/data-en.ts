// The collector's error answers in English about votes, reports, participation and the public page (server/ingest, server/reports, server/participation, server/public).

export const DATA_EN = {
  // A batch of votes (server/ingest): the reasons reach the terminal's staff corner, after "votes_invalid: <field>: "
  serviceNotOnCounter: (serviceId: string) => `service "${serviceId}" is not one of this counter terminal's services (or is archived)`,
  serviceNotOnTotem: (serviceId: string) => `service "${serviceId}" is unknown or archived in this terminal's administration`,
  scaleNotShown: (shown: number, sent?: number) => `this terminal shows ${shown} faces, not ${sent}`,
  faceNotOnScale: (face: string, scale: number, faces: readonly string[]) => `"${face}" is not a face of the ${scale}-face scale (${faces.join(', ')})`,
  reasonUnknown: (reasonId: string) => `reason "${reasonId}" is unknown in this terminal's administration`,
  reasonsAfterPositive: (face: string) => `reasons are only given after a negative face, not "${face}"`,
  followUpAskedAfterPositive: (face: string) => `must be "not-asked" for the face "${face}"`,
  notAskedWithReasons: 'followUp "not-asked" cannot carry reasons',
  chosenWithoutReasons: 'followUp "chosen" needs at least one reason',
  skippedWithReasons: 'followUp "skipped" cannot carry reasons',
  voteIdTwiceInBatch: (first: number) => `id also used by /votes/${first} with different content`,
  voteIdTaken: 'this id is already used by another vote (different content, or another terminal): this vote was not stored; the terminal keeps it for staff to check',
  batchInvalid: (problems: number) => `${problems} problem(s) in the batch; nothing was stored. Fix or set aside the votes listed.`,
  batchConflicts: (votes: number) => `${votes} vote(s) reuse an id already stored for another vote; nothing was stored. Set aside the votes listed and resend the rest.`,
  terminalTooManyBatches: (max: number, seconds: number) =>
    `This terminal sent more than ${max} batches in a minute: wait ${seconds} s (the limit is TERMINAL_RATE_LIMIT on the collector).`,
  tokenOfOtherTerminal: (tokenTerminal: string, bodyTerminal: string) => `This device token belongs to terminal "${tokenTerminal}", not "${bodyTerminal}".`,

  // Reports (server/reports)
  periodDayInvalid: (day: string) => `"${day}" is not a calendar date (YYYY-MM-DD)`,
  outsideCountedYears: (what: string, first: number, last: number) => `"${what}" is outside the years the collector counts, ${first} to ${last}`,
  periodBackwards: (from: string) => `must not be before from (${from})`,
  periodTooLong: (maxDays: number, days: number) => `the period may cover at most ${maxDays} days, not ${days}`,
  periodInvalid: 'The report period is invalid.',
  officeMissing: (officeId: string) => `Office "${officeId}" does not exist.`,
  yearOutOfRange: (first: number, last: number) => `Ask for a year from ${first} to ${last}.`,
  notAReportYear: (year: string, first: number, last: number) => `"${year}" is not a year from ${first} to ${last}`,
  bulletinPeriodAsked: 'Ask for one month (month=2026-10) or one year (year=2026).',
  monthOrYear: 'give either month or year, not both or neither',

  // People served, typed, imported from a CSV file or sent with an API key (server/participation)
  figuresInvalid: (problems: number) => `${problems} problem(s); nothing was stored. Fix the entries listed and send them all again.`,
  csvInvalid: (problems: number) => `${problems} problem(s) in the file; nothing was imported. Fix the lines listed and import the whole file again.`,
  officeMissingForKey: (officeId: string) => `Office "${officeId}" does not exist in this key's administration.`,
  servedServiceForeign: (serviceId: string) => `service "${serviceId}" is not one of this office's administration`,
  servedDayAhead: (day: string, today: string) => `${day} has not come yet in the office's time zone (today is ${today})`,
  /** The first figure is named by its line in a CSV file, by its place in the list otherwise (counted from 1). */
  servedTwice: (firstLine: number | undefined, firstEntry: number) =>
    `a second figure for the same service, channel and day (the first is ${firstLine ? `line ${firstLine}` : `entry ${firstEntry}`})`,
  csvColumnsMissing: (columns: readonly string[]) => `the first line must name the columns; missing: ${columns.join(', ')} (e.g. "giorno;servizio;canale;persone")`,
  csvChannelColumnMisspelt: (name: string) =>
    `the column "${name}" looks like the channel: write "canale" in the header, or remove the column to count every figure at the counter (read without it, each would have gone to the counter)`,
  /** `known`: each column the import reads, with the other names it takes ("giorno/data/day/date"). */
  csvColumnsNotRecognised: (names: readonly string[], known: readonly string[]) => `not recognised: ${names.map((n) => `"${n}"`).join(', ')}; the columns read are ${known.join(', ')}`,
  csvNotADate: (text: string) => `"${text}" is not a date (write 2026-03-31 or 31/03/2026)`,
  csvNoSuchService: (text: string) => `no service is called "${text}" (use its name or id)`,
  csvCharsetUnknown: (charset: string) => `"${charset}" is not a character set the collector knows: send the file in UTF-8, or declare one such as windows-1252`,
  csvNotUtf8: 'The file is not UTF-8: save it as "CSV UTF-8", or declare its character set (text/csv; charset=windows-1252 for a file saved by Excel). Nothing was imported.',
  csvNotInCharset: (charset: string) => `The file is not valid ${charset}, as its Content-Type declares. Nothing was imported.`,
  csvUndecodable: 'holds bytes that are not text in this character set',
  csvServiceNameShared: (text: string, services: number) => `${services} services are called "${text}": write the service's id instead (Services page)`,
  csvEmptyCell: 'is empty',
  csvNotAChannel: (text: string) => `"${text}" is not a channel (sportello, telefono or web)`,
  csvServedEmpty: 'is empty (write 0 for a day nobody was served)',
  csvNotACount: (text: string, max: number) => `"${text}" is not a whole number of people from 0 to ${max}`,
  csvNoFigures: 'the file has a header but no figures',

  // The public page, its open data and its badge (server/public)
  monthsInvalid: 'The months asked for are not valid: see the problems listed.',
  monthNotOver: (month: string, last: string) => `${month} is not over yet: the last complete month is ${last}`,
  monthsBackwards: (to: string) => `must not be after to (${to})`,
  downloadTooLong: (maxMonths: number) => `one download covers at most ${maxMonths} months; ask for several`,
  nothingPublished: 'Nothing is published at this address: check the address, or ask the administration whether it publishes its results.',
  noSuchFile: 'No such file.',
};

export type DataWords = typeof DATA_EN;
