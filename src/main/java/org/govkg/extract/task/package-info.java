/**
 * The numbered tasks of implementation plans and work points (1．建设某某平台。…): the project each task names, and the unit lists that end them (（牵头单位：A；责任单位：B、C）, 配合单位, 参与单位) linked as lead and responsible units; the tasks' projects are part of the document's plan.
 */
package org.govkg.extract.task;
