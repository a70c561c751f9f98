/**
 * Leadership-group notices: groups by their suffix (领导小组, 工作专班, 联席会议 …), working groups set up in lists (下设A、B两个工作组) or sections (（一）综合协调组。由A牵头，B参加), rosters (组　长：某某　市长), posts in prose (由市长任组长), the office and where it sits (办公室设在…), the office director, and member counts.
 */
package org.govkg.extract.group;
