/**
 * Policy documents: titles in 《》 and without (印发某某规划), the plan a notice publishes (关于印发X的通知), document numbers (〔2024〕3号) and periods; who issued, forwarded, drafted or signed them, the groups a notice sets up or adjusts, the people who put forward a proposal, and the projects a plan's passages name.
 */
package org.govkg.extract.plan;
